package io.rekindle.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.rekindle.followups.Cadences;
import io.rekindle.followups.Direction;
import io.rekindle.followups.StopReason;
import io.rekindle.followups.Touches;
import io.rekindle.people.People;
import io.rekindle.people.PersonDetails;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.Role;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import io.rekindle.support.MutableClock;
import io.rekindle.support.TestData;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What comes back, read over IMAP from GreenMail: a reply stops the cadence, an out-of-office does not, a bounce marks
 * the address bad; unsubscribing from the link in an email stops everything; cadence email steps queue themselves.
 */
class RepliesTests extends OutreachTestSupport {

    private static final long DEFAULT_CADENCE = 1;

    @Autowired
    MutableClock clock;

    @Autowired
    Outbox outbox;

    @Autowired
    Replies replies;

    @Autowired
    Templates templates;

    @Autowired
    Unsubscribes unsubscribes;

    @Autowired
    Cadences cadences;

    @Autowired
    Touches touches;

    @Autowired
    People people;

    @Autowired
    Users users;

    @Autowired
    MockMvc mvc;

    UserId maria;

    @BeforeEach
    void mondayMorning() {
        MailServer.purge();
        clock.set(MONDAY_MORNING_IN_CHICAGO);
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        maria = users.create(
                        new Users.NewUser(
                                username, "Maria Lopez", username + "@agency.test", Role.RECRUITER, ZoneId.of("UTC")),
                        "temporary-pw-1")
                .id();
    }

    @Test
    void anEmailStepOfACadenceQueuesItsMessageAndAReplyToItStopsTheCadence() throws Exception {
        PersonDetails ann = person("Ann");
        cadences.enroll(ann.id(), DEFAULT_CADENCE, maria);
        cadences.materializeDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> !outbox.of(ann.id()).isEmpty());
        MessageView queued = outbox.of(ann.id()).get(0);
        assertThat(queued.templateKey()).isEqualTo("check-in");
        outbox.sendDue();
        assertThat(outbox.get(queued.id()).status()).isEqualTo(MessageStatus.SENT);

        MimeMessage reply = reply(ann, "Re: " + queued.subject(), "Yes, let's talk on Thursday.");
        reply.setHeader("In-Reply-To", queued.messageId());
        deliver(reply);

        assertThat(replies.pollMailbox()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> cadences.activeFor(ann.id()).isEmpty());
        assertThat(cadences.historyOf(ann.id()).get(0).stopReason()).isEqualTo(StopReason.INBOUND);
        assertThat(replies.of(ann.id())).extracting(InboundView::kind).containsExactly(InboundView.Kind.REPLY);
        assertThat(touches.recent(ann.id(), 5))
                .anyMatch(t -> t.direction() == Direction.INBOUND && t.summary().contains("Thursday"));
        assertThat(replies.pollMailbox()).as("each message once").isZero();
    }

    @Test
    void aReplyToThePlusAddressIsMatchedWithoutHeaders() throws Exception {
        PersonDetails bo = person("Bo");
        cadences.enroll(bo.id(), DEFAULT_CADENCE, maria);
        MessageView sent = sendOne(bo);

        MimeMessage reply = reply(bo, "Hello", "Sure.");
        reply.setRecipients(Message.RecipientType.TO, "replies+r" + sent.id() + "@agency.test");
        reply.setFrom("someone.else@example.org");
        MailServer.GREEN_MAIL.setUser(MailServer.REPLIES, "replies", "secret").deliver(reply);

        assertThat(replies.pollMailbox()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> cadences.activeFor(bo.id()).isEmpty());
    }

    @Test
    void anOutOfOfficeReplyIsKeptButDoesNotStopTheCadence() throws Exception {
        PersonDetails cy = person("Cy");
        cadences.enroll(cy.id(), DEFAULT_CADENCE, maria);
        MessageView sent = sendOne(cy);

        MimeMessage auto = reply(cy, "Automatic reply: " + sent.subject(), "I am out of the office until Monday.");
        auto.setHeader("In-Reply-To", sent.messageId());
        auto.setHeader("Auto-Submitted", "auto-replied");
        deliver(auto);

        assertThat(replies.pollMailbox()).isEqualTo(1);
        assertThat(replies.of(cy.id())).extracting(InboundView::kind).containsExactly(InboundView.Kind.AUTO_REPLY);
        org.awaitility.Awaitility.await()
                .during(java.time.Duration.ofMillis(500))
                .atMost(java.time.Duration.ofSeconds(3))
                .untilAsserted(() -> {
                    assertThat(cadences.activeFor(cy.id())).isPresent();
                    assertThat(touches.recent(cy.id(), 5)).noneMatch(t -> t.direction() == Direction.INBOUND);
                });
    }

    @Test
    void aBounceMarksTheAddressBadAndNothingMoreGoesToIt() throws Exception {
        PersonDetails di = person("Di");
        MessageView sent = sendOne(di);
        deliver(bounce(sent));

        assertThat(replies.pollMailbox()).isEqualTo(1);
        assertThat(outbox.get(sent.id()).status()).isEqualTo(MessageStatus.BOUNCED);
        assertThat(outbox.get(sent.id()).lastError()).contains("User unknown");
        assertThatThrownBy(() -> outbox.queue(new NewEmail(di.id(), null, template("thank-you"), maria)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("has no address that has not bounced");
    }

    @Test
    void aRecruiterCanLogAReplyByHand() {
        PersonDetails ed = person("Ed");
        cadences.enroll(ed.id(), DEFAULT_CADENCE, maria);
        MessageView sent = sendOne(ed);
        replies.logByHand(sent.id(), "Called back: interested");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> cadences.activeFor(ed.id()).isEmpty());
    }

    @Test
    void theUnsubscribeLinkOfAnEmailSetsDoNotContactAndStopsTheCadence() throws Exception {
        PersonDetails fay = person("Fay");
        cadences.enroll(fay.id(), DEFAULT_CADENCE, maria);
        sendOne(fay);
        MimeMessage received = java.util.Arrays.stream(MailServer.GREEN_MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0]
                                .toString()
                                .equals(fay.emails().get(0));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        String link = received.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        String path = link.substring("https://rekindle.agency.test".length());

        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Stop receiving emails")));
        assertThat(people.get(fay.id()).consent().doNotContact())
                .as("a GET only asks")
                .isFalse();

        mvc.perform(post(path)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("You are unsubscribed")));
        assertThat(people.get(fay.id()).consent().doNotContact()).isTrue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> cadences.activeFor(fay.id()).isEmpty());
        assertThat(cadences.historyOf(fay.id()).get(0).stopReason()).isEqualTo(StopReason.DO_NOT_CONTACT);

        mvc.perform(post(path.substring(0, path.length() - 3) + "xyz")).andExpect(status().isBadRequest());
        assertThat(unsubscribes.verify("p" + fay.id().value() + ".forged")).isEmpty();
    }

    @Test
    void templatesRefuseUnknownMergeFieldsAndPreviewWithARealPerson() {
        PersonDetails gus = person("Gus");
        assertThatThrownBy(() -> templates.create(new TemplateData(
                        "Mine", "Hi {{person.firstName}}", "Hello\n{{person.nickname}} and {{oops", null)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.FieldProblem::message)
                        .anyMatch(m -> m.contains("line 2: unknown merge field {{person.nickname}}"))
                        .anyMatch(m -> m.contains("line 2: a merge field is not closed")));

        TemplateView mine = templates.create(new TemplateData(
                "Mine", "Hi {{person.firstName}}", "Text {{sender.name}}", "<p>{{person.fullName}}</p>"));
        RenderedEmail preview = templates.preview(mine.id(), gus.id(), null, maria);
        assertThat(preview.subject()).isEqualTo("Hi Gus");
        assertThat(preview.text()).isEqualTo("Text Maria Lopez");
        assertThat(preview.html()).isEqualTo("<p>" + gus.fullName() + "</p>");
        assertThat(templates.all())
                .extracting(TemplateView::key)
                .contains("job-description", "ask-again", "thank-you", "consent-renewal", "rejection-reply");
    }

    private MessageView sendOne(PersonDetails person) {
        MessageView queued = outbox.queue(new NewEmail(person.id(), null, template("thank-you"), maria));
        outbox.sendDue();
        assertThat(outbox.get(queued.id()).status()).isEqualTo(MessageStatus.SENT);
        return outbox.get(queued.id());
    }

    private long template(String key) {
        return templates.byKey(key).orElseThrow().id();
    }

    private PersonDetails person(String name) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return people.create(TestData.person(name + " " + tag, name.toLowerCase() + "." + tag + "@example.com"));
    }

    private static Session session() {
        var props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put(
                "mail.smtp.port", String.valueOf(MailServer.GREEN_MAIL.getSmtp().getPort()));
        return Session.getInstance(props);
    }

    private static MimeMessage reply(PersonDetails from, String subject, String text) throws Exception {
        var message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from.emails().get(0)));
        message.setRecipients(Message.RecipientType.TO, MailServer.REPLIES);
        message.setSubject(subject);
        message.setText(text + "\n\n> quoted original");
        return message;
    }

    private static void deliver(MimeMessage message) throws Exception {
        Transport.send(message);
    }

    /** A delivery status notification (RFC 3464) as a mail server sends it. */
    private static MimeMessage bounce(MessageView sent) throws Exception {
        var message = new MimeMessage(session());
        message.setFrom(new InternetAddress("MAILER-DAEMON@mx.example.com"));
        message.setRecipients(Message.RecipientType.TO, MailServer.REPLIES);
        message.setSubject("Undelivered Mail Returned to Sender");
        var report = new MimeMultipart("report; report-type=delivery-status");
        var human = new MimeBodyPart();
        human.setText("This is the mail system. Your message could not be delivered.");
        report.addBodyPart(human);
        var status = new MimeBodyPart();
        status.setDataHandler(new DataHandler(new ByteArrayDataSource(
                "Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; " + sent.to()
                        + "\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n",
                "message/delivery-status")));
        report.addBodyPart(status);
        var headers = new MimeBodyPart();
        headers.setDataHandler(new DataHandler(new ByteArrayDataSource(
                "Message-ID: " + sent.messageId() + "\nSubject: " + sent.subject() + "\n", "text/rfc822-headers")));
        report.addBodyPart(headers);
        message.setContent(report);
        return message;
    }
}
