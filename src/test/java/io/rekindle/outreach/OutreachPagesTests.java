package io.rekindle.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.rekindle.people.People;
import io.rekindle.people.PersonDetails;
import io.rekindle.platform.Role;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import io.rekindle.support.MutableClock;
import io.rekindle.support.TestData;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The outreach pages as a signed-in recruiter sees them: templates, preview, queueing, the outbox, the timeline. */
class OutreachPagesTests extends OutreachTestSupport {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    Users users;

    @Autowired
    People people;

    @Autowired
    Templates templates;

    @Autowired
    Outbox outbox;

    MockHttpSession session;
    UserId me;

    @BeforeEach
    void signIn() {
        clock.set(MONDAY_MORNING_IN_CHICAGO);
        String username = "p" + UUID.randomUUID().toString().substring(0, 8);
        me = users.create(
                        new Users.NewUser(
                                username, "Pat Recruiter", username + "@agency.test", Role.RECRUITER, ZoneId.of("UTC")),
                        "temporary-pw-1")
                .id();
        users.changePassword(me, "temporary-pw-1", "a-good-password");
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
    void aRecruiterPreviewsATemplateWithARealPersonQueuesItAndSeesItInTheOutboxAndOnTheTimeline() {
        PersonDetails ann = people.create(
                TestData.person("Ann Preview " + UUID.randomUUID().toString().substring(0, 6), "ann.p@example.com"));
        long thanks = templates.byKey("thank-you").orElseThrow().id();

        assertThat(mvc.get().uri("/outreach/templates").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Ask again after a no")
                .contains("Consent renewal");
        assertThat(mvc.get().uri("/outreach/templates/" + thanks).session(session))
                .hasStatusOk()
                .bodyText()
                .contains("{{person.firstName}}");
        assertThat(mvc.get()
                        .uri("/outreach/templates/" + thanks + "/preview")
                        .param("person", String.valueOf(ann.id().value()))
                        .session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Thank you, Ann")
                .contains("Pat Recruiter");

        assertThat(mvc.post()
                        .uri("/outreach/compose")
                        .with(csrf())
                        .param("person", String.valueOf(ann.id().value()))
                        .param("template", String.valueOf(thanks))
                        .session(session))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/people/" + ann.id().value());
        assertThat(outbox.of(ann.id())).hasSize(1);

        assertThat(mvc.get().uri("/outreach/outbox").param("status", "QUEUED").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("ann.p@example.com");
        assertThat(mvc.get()
                        .uri("/outreach/outbox")
                        .param("status", "QUEUED")
                        .header("HX-Request", "true")
                        .session(session))
                .hasStatusOk()
                .bodyText()
                .contains("ann.p@example.com")
                .doesNotContain("<html");
        assertThat(mvc.get().uri("/people/" + ann.id().value()).session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Thank you, Ann");
        long id = outbox.of(ann.id()).get(0).id();
        assertThat(mvc.get().uri("/outreach/outbox/" + id).session(session))
                .hasStatusOk()
                .bodyText()
                .contains("Queued");
    }

    @Test
    void anUnknownMergeFieldIsShownWithItsLineAndNothingIsSaved() {
        int before = templates.all().size();
        assertThat(mvc.post()
                        .uri("/outreach/templates")
                        .with(csrf())
                        .param("name", "Broken")
                        .param("subject", "Hi")
                        .param("bodyText", "Hello\n{{person.shoeSize}}")
                        .param("bodyHtml", "")
                        .param("version", "0")
                        .session(session))
                .hasStatusOk()
                .bodyText()
                .contains("line 2: unknown merge field {{person.shoeSize}}");
        assertThat(templates.all()).hasSize(before);
    }

    @Test
    void aUserSetsTheirFromAddressAndSignature() {
        assertThat(mvc.post()
                        .uri("/outreach/me")
                        .with(csrf())
                        .param("fromAddress", "pat@agency.example")
                        .param("fromName", "Pat R.")
                        .param("signature", "Pat R., Agency")
                        .session(session))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/outreach/me").session(session))
                .hasStatusOk()
                .bodyText()
                .contains("pat@agency.example");
        assertThat(mvc.post()
                        .uri("/outreach/me")
                        .with(csrf())
                        .param("fromAddress", "not an address")
                        .session(session))
                .hasStatusOk()
                .bodyText()
                .contains("is not an email address");
    }
}
