package io.rekindle.search.web;

import io.rekindle.openings.OpeningId;
import io.rekindle.openings.OpeningPanel;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonPanel;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rediscovery on each opening's page and the openings a person fits on theirs, both loaded after the page. */
@Configuration(proxyBeanMethods = false)
class SearchPanels {

    @Bean
    OpeningPanel rediscoveryPanel() {
        return new OpeningPanel() {
            @Override
            public int order() {
                return 20;
            }

            @Override
            public String fragment() {
                return "search/opening-panel :: panel";
            }

            @Override
            public Map<String, Object> model(OpeningId opening) {
                return Map.of("opening", opening.value());
            }
        };
    }

    @Bean
    PersonPanel fittingOpeningsPanel() {
        return new PersonPanel() {
            @Override
            public int order() {
                return 15;
            }

            @Override
            public String fragment() {
                return "search/person-panel :: panel";
            }

            @Override
            public Map<String, Object> model(PersonId person) {
                return Map.of("person", person.value());
            }
        };
    }
}
