package io.rekindle.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String TOKEN = "apiToken";

    @Bean
    OpenAPI rekindleOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Rekindle API")
                        .version("v1")
                        .description("People, companies, openings, candidacies, outcomes and touches. "
                                + "Authenticate with an API token from your settings page: "
                                + "'Authorization: Bearer rk_...'. Errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token created on the settings page")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    @Bean
    GroupedOpenApi apiV1Group() {
        return GroupedOpenApi.builder().group("v1").pathsToMatch("/api/v1/**").build();
    }
}
