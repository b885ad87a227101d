package io.rekindle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.rekindle.openings.Companies;
import io.rekindle.openings.Openings;
import io.rekindle.people.People;
import io.rekindle.platform.Role;
import io.rekindle.platform.Users;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The search page, rediscovery on the opening page and the openings a person fits, as a recruiter sees them. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class SearchPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Users users;

    @Autowired
    People people;

    @Autowired
    Companies companies;

    @Autowired
    Openings openings;

    @Autowired
    io.rekindle.platform.ApiTokens tokens;

    MockHttpSession session;
    String token;

    @BeforeEach
    void signIn() {
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        var user = users.create(
                new Users.NewUser(username, "Recruiter", null, Role.RECRUITER, ZoneId.of("America/Chicago")),
                "temporary-pw-1");
        users.changePassword(user.id(), "temporary-pw-1", "a-good-password");
        token = tokens.issue(user.id(), "test").token();
        session = (MockHttpSession) mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", username)
                .param("password", "a-good-password")
                .exchange()
                .getRequest()
                .getSession(false);
    }

    @Test
    void searchPageFindsPeopleAndShowsASyntaxErrorWithItsPosition() {
        String name = "Quinn " + UUID.randomUUID().toString().substring(0, 6);
        people.create(TestData.person(name, null));

        await().untilAsserted(() -> assertThat(mvc.get()
                        .uri("/search")
                        .param("q", "\"" + name + "\" AND title:\"account executive\"")
                        .param("near", "Chicago, IL")
                        .param("radius", "30")
                        .param("unit", "mi")
                        .session(session))
                .hasStatusOk()
                .bodyText()
                .contains(name)
                .contains("1 people"));
        assertThat(mvc.get().uri("/search").param("q", "sales AND (java").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Missing &#39;)&#39; for the &#39;(&#39; at position 11 (at position 16)");
    }

    @Test
    void theApiAnswersASyntaxErrorWith400NamingTheField() {
        assertThat(mvc.get()
                        .uri("/api/v1/search/people")
                        .param("q", "title:")
                        .header("Authorization", "Bearer " + token))
                .hasStatus(400)
                .bodyText()
                .contains("\"q\"")
                .contains("position 7");
    }

    @Test
    void theOpeningPageLoadsRediscoveryAndThePersonPageTheOpeningsTheyFit() {
        var person = people.create(
                TestData.person("Rae " + UUID.randomUUID().toString().substring(0, 6), null));
        var company = companies.create(TestData.company("Umbrella " + UUID.randomUUID()));
        var opening = openings.create(TestData.opening(company.id(), "Account Executive"));

        assertThat(mvc.get().uri("/openings/{id}", opening.id().value()).session(session))
                .hasStatusOk()
                .bodyText()
                .contains("/openings/" + opening.id().value() + "/rediscovery");
        await().untilAsserted(() -> assertThat(mvc.get()
                        .uri("/openings/{id}/rediscovery", opening.id().value())
                        .session(session))
                .hasStatusOk()
                .bodyText()
                .contains(person.fullName())
                .contains("Same title, 0 km from Chicago")
                .contains("Add to the pipeline"));
        assertThat(mvc.get().uri("/people/{id}", person.id().value()).session(session))
                .hasStatusOk()
                .bodyText()
                .contains("/people/" + person.id().value() + "/fitting-openings");
        assertThat(mvc.get()
                        .uri("/people/{id}/fitting-openings", person.id().value())
                        .session(session))
                .hasStatusOk()
                .bodyText()
                .contains(opening.label());
    }
}
