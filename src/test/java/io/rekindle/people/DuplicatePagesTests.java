package io.rekindle.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.rekindle.platform.Role;
import io.rekindle.platform.Users;
import io.rekindle.support.TestClockConfiguration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The person form warns of likely duplicates; the recruiter merges, keeps both, or works the duplicates page. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class DuplicatePagesTests {

    private static final String PASSWORD = "a-good-password";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Users users;

    @Autowired
    People people;

    @Autowired
    Duplicates duplicates;

    @Test
    void theFormShowsLikelyDuplicatesAndKeepsBothOnlyWhenAsked() {
        MockHttpSession session = signIn();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        PersonDetails ann = people.create(person("Ann Rivera", "ann." + tag + "@example.com"));

        MvcTestResult warned = post(session, "Ann R.", "Ann." + tag + "@Example.com", null, null);

        assertThat(warned)
                .hasStatusOk()
                .bodyText()
                .contains("likely already kept", "same email ann." + tag + "@example.com", "Keep both")
                .contains("/people/" + ann.id());
        assertThat(people.find(
                        new PersonFilter(null, "ann." + tag + "@example.com", null, null, null), Pageable.unpaged()))
                .as("nothing saved yet")
                .hasSize(1);

        MvcTestResult kept = post(session, "Ann R.", "ann." + tag + "@example.com", "true", null);
        assertThat(kept).hasStatus3xxRedirection();
        assertThat(people.find(
                        new PersonFilter(null, "ann." + tag + "@example.com", null, null, null), Pageable.unpaged()))
                .hasSize(2);
    }

    @Test
    void mergingWhatWasTypedIntoTheKeptPersonAddsItsEmailAndCanBeUndoneFromTheirPage() {
        MockHttpSession session = signIn();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        PersonDetails bo = people.create(person("Bo Chen", "bo." + tag + "@example.com"));

        MvcTestResult merged = mvc.post()
                .uri("/people")
                .session(session)
                .with(csrf())
                .param("fullName", "Bo Chen")
                .param("emails", "bo." + tag + "@example.com\nbo." + tag + "@gmail.com")
                .param("mergeInto", bo.id().toString())
                .exchange();

        assertThat(merged).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/people/" + bo.id());
        assertThat(people.get(bo.id()).emails())
                .containsExactly("bo." + tag + "@example.com", "bo." + tag + "@gmail.com");
        PersonMergeView merge = duplicates.mergesOf(bo.id()).get(0);
        assertThat(mvc.get().uri("/people/" + merge.merged()).session(session))
                .as("the tombstone's page leads to the kept person")
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/people/" + bo.id());
        assertThat(mvc.get().uri("/people/" + bo.id() + "/duplicates").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Bo Chen merged in", "Undo merge");

        assertThat(mvc.post()
                        .uri("/people/merges/" + merge.id() + "/undo")
                        .session(session)
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/people/" + merge.merged());
        assertThat(people.get(bo.id()).emails()).containsExactly("bo." + tag + "@example.com");
    }

    @Test
    void theDuplicatesPageListsPairsToMergeOrMarkAsDifferent() {
        MockHttpSession session = signIn();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        PersonDetails one = people.create(person("Cy Young", "cy." + tag + "@example.com"));
        PersonDetails two = people.create(person("Cyrus Young", "cy." + tag + "@example.com"));
        PersonDetails three = people.create(person("Dee Dee", "dee." + tag + "@example.com"));
        PersonDetails four = people.create(person("Dee Dee", "dee." + tag + "@example.com"));

        assertThat(mvc.post().uri("/people/duplicates/scan").session(session).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/people/duplicates").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Cyrus Young", "same email cy." + tag + "@example.com", "Not a duplicate");

        assertThat(mvc.post()
                        .uri("/people/duplicates/not-duplicate")
                        .session(session)
                        .with(csrf())
                        .param("first", one.id().toString())
                        .param("second", two.id().toString()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/people/" + three.id() + "/merge")
                        .session(session)
                        .with(csrf())
                        .param("merged", four.id().toString())
                        .param("back", "pairs"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/people/duplicates");
        assertThat(mvc.get().uri("/people/duplicates").session(session))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("cy." + tag, "dee." + tag);
        assertThat(duplicates.mergedInto(four.id())).contains(three.id());
    }

    private MvcTestResult post(MockHttpSession session, String name, String email, String allow, String mergeInto) {
        var request = mvc.post()
                .uri("/people")
                .session(session)
                .with(csrf())
                .param("fullName", name)
                .param("emails", email);
        if (allow != null) {
            request = request.param("allowDuplicate", allow);
        }
        if (mergeInto != null) {
            request = request.param("mergeInto", mergeInto);
        }
        return request.exchange();
    }

    private static PersonData person(String name, String email) {
        return new PersonData(
                name,
                List.of(email),
                List.of(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                "test",
                null,
                false,
                null,
                null);
    }

    private MockHttpSession signIn() {
        String username = "d" + UUID.randomUUID().toString().substring(0, 8);
        var user = users.create(
                new Users.NewUser(username, "Recruiter " + username, null, Role.RECRUITER, ZoneId.of("UTC")),
                "temporary-pw-1");
        users.changePassword(user.id(), "temporary-pw-1", PASSWORD);
        MvcTestResult result = mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", username)
                .param("password", PASSWORD)
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
