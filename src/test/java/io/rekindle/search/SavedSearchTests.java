package io.rekindle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.rekindle.people.Location;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import io.rekindle.people.PersonDetails;
import io.rekindle.platform.ApiTokens;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.Role;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import io.rekindle.support.TestClockConfiguration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Saved searches: saved from the search page, new matches counted on Today until opened; the same in the API. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class SavedSearchTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    People people;

    @Autowired
    PeopleSearch search;

    @Autowired
    SavedSearches savedSearches;

    UserId me;
    MockHttpSession session;
    String token;
    String marker;

    @BeforeEach
    void signIn() {
        marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        var user = users.create(
                new Users.NewUser(username, "Recruiter", null, Role.RECRUITER, ZoneId.of("America/Chicago")),
                "temporary-pw-1");
        users.changePassword(user.id(), "temporary-pw-1", "a-good-password");
        me = user.id();
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

    PersonDetails person(String name, String title, String city, String region) {
        return people.create(new PersonData(
                name,
                List.of(),
                List.of(),
                title,
                "Globex",
                new Location(city, region, "US"),
                List.of("Salesforce"),
                List.of(marker),
                "test",
                null,
                false,
                null,
                null));
    }

    void indexed(String name) {
        await().until(() -> search.search(SearchRequest.query("tag:" + marker + " \"" + name + "\""), 0, 5)
                        .totalItems()
                == 1);
    }

    SearchRequest aeNearChicago() {
        return new SearchRequest(
                "tag:" + marker + " AND title:\"account executive\"",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Chicago, IL",
                30.0,
                "mi",
                null);
    }

    @Test
    void onlyPeopleWhoStartedToMatchAreNewUntilTheSearchIsOpened() {
        person("Ann Old", "Account Executive", "Chicago", "IL");
        indexed("Ann Old");
        var saved = savedSearches.save(me, "  AE near Chicago ", aeNearChicago());
        assertThat(saved.name()).isEqualTo("AE near Chicago");
        assertThat(saved.newMatches()).isZero();
        assertThat(saved.href()).startsWith("/search?q=tag%3A" + marker).contains("near=Chicago%2C+IL");

        var bea = person("Bea New", "Account Executive", "Evanston", "IL");
        person("Cal Elsewhere", "Account Executive", "Boston", "MA");
        person("Dee Engineer", "Software Engineer", "Chicago", "IL");
        indexed("Bea New");
        indexed("Cal Elsewhere");
        indexed("Dee Engineer");

        assertThat(savedSearches.of(me)).singleElement().satisfies(s -> assertThat(s.newMatches())
                .isEqualTo(1));
        assertThat(savedSearches.newMatches(me, saved.id())).containsExactly(bea.id());

        var opened = savedSearches.open(me, saved.id());
        assertThat(opened.href()).isEqualTo(saved.href());
        assertThat(savedSearches.get(me, saved.id()).newMatches()).isZero();
    }

    @Test
    void aBadSavedSearchIsRefusedByFieldAndOthersCannotSeeOrDeleteMine() {
        assertThatThrownBy(() -> savedSearches.save(me, " ", aeNearChicago()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> savedSearches.save(me, "broken", SearchRequest.query("sales AND (java")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("q: ")
                .hasMessageContaining("position");
        assertThat(savedSearches.of(me)).isEmpty();

        var saved = savedSearches.save(me, "mine", aeNearChicago());
        var someoneElse = users.create(
                        new Users.NewUser(
                                "o" + UUID.randomUUID().toString().substring(0, 8),
                                "Other",
                                null,
                                Role.RECRUITER,
                                ZoneId.of("UTC")),
                        "temporary-pw-1")
                .id();
        assertThat(savedSearches.of(someoneElse)).isEmpty();
        assertThatThrownBy(() -> savedSearches.delete(someoneElse, saved.id())).isInstanceOf(NotFoundException.class);
        savedSearches.delete(me, saved.id());
        assertThat(savedSearches.of(me)).isEmpty();
    }

    @Test
    void savedFromTheSearchPageNewMatchesShowOnTodayAndOpeningMarksThemSeen() {
        String q = "tag:" + marker;
        assertThat(mvc.get().uri("/search").param("q", q).session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Save this search as");
        var saved = mvc.post()
                .uri("/search/saved")
                .with(csrf())
                .session(session)
                .param("name", "Marked people")
                .param("q", q)
                .param("near", "Chicago, IL")
                .param("radius", "100")
                .param("unit", "km")
                .exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(saved.getResponse().getRedirectedUrl())
                .isEqualTo("/search?q=tag%3A" + marker + "&near=Chicago%2C+IL&radius=100.0&unit=km");
        assertThat(mvc.get().uri("/today").session(session))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Marked people");

        person("Eve Fresh", "Account Executive", "Chicago", "IL");
        indexed("Eve Fresh");
        long id = savedSearches.of(me).get(0).id();

        assertThat(mvc.get().uri("/today").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("New matches for your saved searches")
                .contains("Marked people")
                .contains("/search/saved/" + id);
        assertThat(mvc.get().uri("/search/saved").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Marked people");

        var opened = mvc.get().uri("/search/saved/{id}", id).session(session).exchange();
        assertThat(opened.getResponse().getRedirectedUrl()).startsWith("/search?q=tag%3A" + marker);
        assertThat(mvc.get().uri("/today").session(session))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Marked people");

        assertThat(mvc.post().uri("/search/saved/{id}/delete", id).with(csrf()).session(session))
                .hasStatus3xxRedirection();
        assertThat(savedSearches.of(me)).isEmpty();
    }

    @Test
    void theApiSavesListsTellsNewMatchesAndDeletes() {
        String body =
                """
                {"name": "API AE", "q": "tag:%s AND title:\\"account executive\\"", "near": "Chicago, IL",
                 "radius": 30, "unit": "mi"}"""
                        .formatted(marker);
        var created = mvc.post()
                .uri("/api/v1/saved-searches")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        assertThat(created)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.newMatches")
                .isEqualTo(0);
        long id = savedSearches.of(me).get(0).id();

        var fay = person("Fay Api", "Account Executive", "Chicago", "IL");
        indexed("Fay Api");
        assertThat(mvc.get().uri("/api/v1/saved-searches").header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].newMatches")
                .isEqualTo(1);
        assertThat(mvc.get()
                        .uri("/api/v1/saved-searches/{id}/new-matches", id)
                        .header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyText()
                .isEqualTo("[" + fay.id().value() + "]");
        assertThat(mvc.post().uri("/api/v1/saved-searches/{id}/seen", id).header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.newMatches")
                .isEqualTo(0);

        assertThat(mvc.post()
                        .uri("/api/v1/saved-searches")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"bad\", \"q\": \"title:\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("\"q\"");
        assertThat(mvc.post()
                        .uri("/api/v1/saved-searches")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"bad\", \"radius\": -3, \"near\": \"Chicago, IL\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("\"radius\"");
        assertThat(mvc.delete().uri("/api/v1/saved-searches/{id}", id).header("Authorization", "Bearer " + token))
                .hasStatus(204);
        assertThat(mvc.delete().uri("/api/v1/saved-searches/{id}", id).header("Authorization", "Bearer " + token))
                .hasStatus(404);
    }
}
