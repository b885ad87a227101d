package io.rekindle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.rekindle.openings.Companies;
import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.Openings;
import io.rekindle.people.People;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonFilter;
import io.rekindle.pipeline.CandidacyView;
import io.rekindle.pipeline.Pipeline;
import io.rekindle.platform.Role;
import io.rekindle.platform.Users;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.time.ZoneId;
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

/** Pages as a recruiter uses them: sign-in, forms with errors, the board and its htmx partials. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class PageFlowTests {

    private static final String PASSWORD = "a-good-password";

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
    Pipeline pipeline;

    @Test
    void pagesAskStrangersToSignIn() {
        assertThat(mvc.get().uri("/people"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Sign in to Rekindle");
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElse() {
        String username = newRecruiter(false);
        MockHttpSession session = signIn(username, "temporary-pw-1");

        assertThat(mvc.get().uri("/people").session(session))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/account/password");
        assertThat(mvc.post()
                        .uri("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "temporary-pw-1")
                        .param("newPassword", "short")
                        .param("repeatPassword", "short"))
                .hasStatusOk()
                .bodyText()
                .contains("must have at least 10 characters");
        assertThat(mvc.post()
                        .uri("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "temporary-pw-1")
                        .param("newPassword", PASSWORD)
                        .param("repeatPassword", PASSWORD))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/people").session(session)).hasStatusOk();
    }

    @Test
    void recruitersCannotManageUsers() {
        MockHttpSession session = signIn(newRecruiter(true), PASSWORD);
        assertThat(mvc.get().uri("/admin/users").session(session)).hasStatus(403);
    }

    @Test
    void anAdminSeesTheRevisitRulesAndABadValueIsRefusedWithAMessage() {
        String admin = "a" + UUID.randomUUID().toString().substring(0, 8);
        var user = users.create(
                new Users.NewUser(admin, "Admin " + admin, null, Role.ADMIN, ZoneId.of("UTC")), "temporary-pw-1");
        users.changePassword(user.id(), "temporary-pw-1", PASSWORD);
        MockHttpSession session = signIn(admin, PASSWORD);

        assertThat(mvc.get().uri("/admin/revisits").session(session))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Candidate declined: happy where I am",
                        "never for that client",
                        "Holidays",
                        "Persistent, not pushy");
        MvcTestResult refused = mvc.post()
                .uri("/admin/revisits")
                .session(session)
                .with(csrf())
                .param("side", "CANDIDATE_DECLINED")
                .param("reason", "HAPPY_WHERE_I_AM")
                .param("months", "500")
                .exchange();
        assertThat(refused).hasStatus3xxRedirection().flash().containsKey("error");

        assertThat(mvc.post()
                        .uri("/admin/cadences")
                        .session(session)
                        .with(csrf())
                        .param("name", "Bad cadence")
                        .param("steps", "EMAIL 0 Hello\nSMOKE_SIGNAL 2 Puff"))
                .hasStatusOk()
                .bodyText()
                .contains("line 2 (&#39;SMOKE_SIGNAL 2 Puff&#39;) must read CHANNEL WAIT script");
        String name = "Executive search " + UUID.randomUUID();
        assertThat(mvc.post()
                        .uri("/admin/cadences")
                        .session(session)
                        .with(csrf())
                        .param("name", name)
                        .param("steps", "EMAIL 0 Intro\nTASK 1 Research their team\nCALL 2 First call"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/admin/cadences").session(session))
                .hasStatusOk()
                .bodyText()
                .contains(name, "3 steps over 3 business days", "Research their team");
    }

    @Test
    void thePeopleListIsOnePageAndOneHtmxPartial() {
        MockHttpSession session = signIn(newRecruiter(true), PASSWORD);
        people.create(TestData.person("Grace Hopper", "grace@example.com"));

        assertThat(mvc.get().uri("/people?name=grace").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("<html", "Grace Hopper");
        assertThat(mvc.get().uri("/people?name=grace").session(session).header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("Grace Hopper")
                .doesNotContain("<html");
    }

    @Test
    void aBadPersonFormKeepsWhatWasTypedAndSavesNothing() {
        MockHttpSession session = signIn(newRecruiter(true), PASSWORD);
        String name = "Form Person " + UUID.randomUUID();

        MvcTestResult result = mvc.post()
                .uri("/people")
                .session(session)
                .with(csrf())
                .param("fullName", name)
                .param("emails", "not-an-email")
                .param("phones", "12")
                .param("country", "ZZ")
                .exchange();

        assertThat(result)
                .hasStatusOk()
                .bodyText()
                .contains(
                        "&#39;not-an-email&#39; is not an e-mail address", "is not a phone number", "ISO country code")
                .contains(name);
        assertThat(people.find(new PersonFilter(name, null, null, null, null), Pageable.unpaged()))
                .isEmpty();
    }

    @Test
    void theBoardMovesAndRecordsOutcomesInPlace() {
        MockHttpSession session = signIn(newRecruiter(true), PASSWORD);
        PersonDetails ann = people.create(TestData.person("Ann Board", "ann.board@example.com"));
        OpeningDetails opening = opening("Account Executive");
        CandidacyView candidacy = pipeline.add(ann.id(), opening.id(), null);

        assertThat(mvc.get()
                        .uri("/openings/" + opening.id() + "/board")
                        .session(session)
                        .header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"board\"", "Ann Board")
                .doesNotContain("<html");
        assertThat(mvc.get().uri("/openings/" + opening.id() + "/board").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("<html", "Ann Board");

        assertThat(mvc.post()
                        .uri("/candidacies/" + candidacy.id() + "/stage")
                        .session(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("stage", "INTERVIEWING"))
                .hasStatusOk()
                .bodyText()
                .contains("Moved.");

        MvcTestResult missing = mvc.post()
                .uri("/candidacies/" + candidacy.id() + "/outcome")
                .session(session)
                .with(csrf())
                .header("HX-Request", "true")
                .param("outcome", "")
                .exchange();
        assertThat(missing)
                .hasStatusOk()
                .hasHeader("HX-Retarget", "#outcome-slot")
                .bodyText()
                .contains("choose an outcome");

        assertThat(mvc.post()
                        .uri("/candidacies/" + candidacy.id() + "/outcome")
                        .session(session)
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("outcome", "CLIENT_REJECTED:CULTURE_FIT")
                        .param("note", "Wanted someone more hands-on"))
                .hasStatusOk()
                .bodyText()
                .contains("Not now (1)", "Client rejected: culture fit", "Silver medalist");

        assertThat(mvc.get().uri("/people/" + ann.id()).session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Client rejected: culture fit — Account Executive at", "Wanted someone more hands-on");
    }

    @Test
    void theTodayViewHandsOutAPrivateCalendarAddressThatWorksWithoutASession() {
        MockHttpSession session = signIn(newRecruiter(true), PASSWORD);
        assertThat(mvc.get().uri("/today").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Nothing due");

        MvcTestResult issued =
                mvc.post().uri("/today/calendar").session(session).with(csrf()).exchange();
        String url = (String) issued.getMvcResult().getFlashMap().get("feedUrl");
        assertThat(url).contains("/calendar/").endsWith(".ics");
        String path = url.substring(url.indexOf("/calendar/"));
        assertThat(mvc.get().uri(path))
                .hasStatusOk()
                .hasContentType("text/calendar;charset=UTF-8")
                .bodyText()
                .startsWith("BEGIN:VCALENDAR");
        assertThat(mvc.get().uri("/calendar/not-a-token.ics")).hasStatus(404);
    }

    @Test
    void companyAndOutcomePagesRenderWithoutScript() {
        MockHttpSession session = signIn(newRecruiter(true), PASSWORD);
        OpeningDetails opening = opening("Sales Engineer");
        PersonDetails person = people.create(TestData.person("No Script", null));
        CandidacyView candidacy = pipeline.add(person.id(), opening.id(), null);

        assertThat(mvc.get().uri("/companies/" + opening.company()).session(session))
                .hasStatusOk()
                .bodyText()
                .contains(opening.companyName(), "Sales Engineer", "Client");
        assertThat(mvc.get().uri("/companies/new").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Relationship", "Prospect");
        assertThat(mvc.get().uri("/candidacies/" + candidacy.id() + "/outcome").session(session))
                .hasStatusOk()
                .bodyText()
                .containsOnlyOnce("<form class=\"card grid outcome-form\"");
    }

    @Test
    void anUnknownRecordIsAFriendly404() {
        MockHttpSession session = signIn(newRecruiter(true), PASSWORD);
        assertThat(mvc.get().uri("/people/987654321").session(session)).hasStatus(404);
    }

    private OpeningDetails opening(String title) {
        var company = companies.create(TestData.company("Acme " + UUID.randomUUID()));
        return openings.create(TestData.opening(company.id(), title));
    }

    private String newRecruiter(boolean passwordChosen) {
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        var user = users.create(
                new Users.NewUser(
                        username, "Recruiter " + username, null, Role.RECRUITER, ZoneId.of("America/Chicago")),
                "temporary-pw-1");
        if (passwordChosen) {
            users.changePassword(user.id(), "temporary-pw-1", PASSWORD);
        }
        return username;
    }

    private MockHttpSession signIn(String username, String password) {
        MvcTestResult result = mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", username)
                .param("password", password)
                .exchange();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
