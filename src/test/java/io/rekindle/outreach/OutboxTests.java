package io.rekindle.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.rekindle.followups.Channel;
import io.rekindle.followups.Direction;
import io.rekindle.followups.TouchData;
import io.rekindle.followups.Touches;
import io.rekindle.people.People;
import io.rekindle.people.PersonDetails;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.Role;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import io.rekindle.search.PeopleSearch;
import io.rekindle.search.SearchRequest;
import io.rekindle.support.MutableClock;
import io.rekindle.support.TestData;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against a real SMTP server (GreenMail): sent once, never twice, and only when it may go. */
class OutboxTests extends OutreachTestSupport {

    @Autowired
    MutableClock clock;

    @Autowired
    Outbox outbox;

    @Autowired
    Templates templates;

    @Autowired
    People people;

    @Autowired
    Users users;

    @Autowired
    Touches touches;

    @Autowired
    PeopleSearch search;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Digests digests;

    UserId maria;

    @BeforeEach
    void mondayMorning() {
        MailServer.purge();
        clock.set(OutreachTestSupport.MONDAY_MORNING_IN_CHICAGO);
        String username = "o" + UUID.randomUUID().toString().substring(0, 8);
        maria = users.create(
                        new Users.NewUser(
                                username, "Maria Lopez", username + "@agency.test", Role.RECRUITER, ZoneId.of("UTC")),
                        "temporary-pw-1")
                .id();
    }

    @Test
    void aQueuedEmailIsSentOnceWithItsUnsubscribeHeadersAndLoggedAsATouch() throws Exception {
        PersonDetails ann = person("Ann");
        MessageView queued = outbox.queue(new NewEmail(ann.id(), null, template("thank-you"), maria));
        assertThat(queued.status()).isEqualTo(MessageStatus.QUEUED);

        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(outbox.sendDue()).as("nothing twice").isZero();

        MimeMessage[] received = MailServer.GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getMessageID()).isEqualTo(queued.messageId());
        assertThat(mail.getSubject()).startsWith("Thank you, Ann");
        assertThat(mail.getFrom()[0].toString()).contains("Maria Lopez");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<https://rekindle.agency.test/unsubscribe/p");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("Reply-To")[0]).isEqualTo("replies+r" + queued.id() + "@agency.test");
        assertThat(outbox.get(queued.id()).status()).isEqualTo(MessageStatus.SENT);
        await().atMost(Duration.ofSeconds(10)).until(() -> touches.recent(ann.id(), 5).stream()
                .anyMatch(t -> t.channel() == Channel.EMAIL && t.direction() == Direction.OUTBOUND));
        String tag = ann.fullName().substring(ann.fullName().indexOf(' ') + 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                        search.search(SearchRequest.query("name:" + tag), 0, 5).items())
                .singleElement()
                .satisfies(hit -> assertThat(hit.lastTouchAt())
                        .as("search knows the email as the last touch")
                        .isNotNull()));
    }

    @Test
    void anEmailSentEventLeftByAnOlderVersionIsStillLoggedAsATouch() {
        PersonDetails eve = person("Eve");
        MessageView queued = outbox.queue(new NewEmail(eve.id(), null, template("thank-you"), maria));

        transactions.executeWithoutResult(s -> events.publishEvent(new EmailSent(queued)));

        await().atMost(Duration.ofSeconds(10)).until(() -> touches.recent(eve.id(), 5).stream()
                .anyMatch(t -> t.channel() == Channel.EMAIL && t.direction() == Direction.OUTBOUND));
    }

    @Test
    void aMessageInterruptedBetweenSendingAndSentIsMarkedUnknownAndNeverSentTwice() {
        PersonDetails bo = person("Bo");
        MessageView queued = outbox.queue(new NewEmail(bo.id(), null, template("thank-you"), maria));

        // The job claims the message (committed), the server accepts it, and the app is killed before "sent".
        Mailer.Outgoing claimed = transactions.execute(s -> outbox.claim(queued.id()));
        assertThat(outbox.get(queued.id()).status()).isEqualTo(MessageStatus.SENDING);
        new Mailer(new org.springframework.beans.factory.support.StaticListableBeanFactory(
                                java.util.Map.of("mailSender", mailSender))
                        .getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class))
                .send(claimed);

        // After a restart the outbox runs again: still sending within the timeout, then unknown; never resent.
        assertThat(outbox.sendDue()).isZero();
        assertThat(outbox.get(queued.id()).status()).isEqualTo(MessageStatus.SENDING);
        clock.advance(Duration.ofMinutes(6));
        assertThat(outbox.sendDue()).isZero();
        assertThat(outbox.get(queued.id()).status()).isEqualTo(MessageStatus.UNKNOWN);
        clock.advance(Duration.ofHours(1));
        outbox.sendDue();
        assertThat(MailServer.GREEN_MAIL.getReceivedMessages()).hasSize(1);

        // The operator checked the Sent folder: it went out.
        assertThat(outbox.confirmSent(queued.id()).status()).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void whileTheServerIsDownTheMessageWaitsAndIsRetriedWithBackOff() throws Exception {
        PersonDetails cy = person("Cy");
        MessageView queued = outbox.queue(new NewEmail(cy.id(), null, template("thank-you"), maria));
        int port = mailSender.getPort();
        mailSender.setPort(freePort());
        try {
            assertThat(outbox.sendDue()).isZero();
            MessageView waiting = outbox.get(queued.id());
            assertThat(waiting.status()).isEqualTo(MessageStatus.QUEUED);
            assertThat(waiting.attempts()).isEqualTo(1);
            assertThat(waiting.lastError()).isNotBlank();
            assertThat(waiting.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

            clock.advance(Duration.ofMinutes(1));
            assertThat(outbox.sendDue()).isZero();
            assertThat(outbox.get(queued.id()).nextAttemptAt())
                    .as("the back-off doubles")
                    .isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        } finally {
            mailSender.setPort(port);
        }
        assertThat(outbox.sendDue()).as("not before its time").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(outbox.get(queued.id()).status()).isEqualTo(MessageStatus.SENT);
        assertThat(outbox.get(queued.id()).attempts()).isEqualTo(3);
        assertThat(MailServer.GREEN_MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void doNotContactSetAfterQueueingIsCheckedAtSendTime() {
        PersonDetails di = person("Di");
        MessageView queued = outbox.queue(new NewEmail(di.id(), null, template("thank-you"), maria));
        people.optOut(di.id(), "Asked on the phone");

        assertThat(outbox.sendDue()).isZero();
        MessageView refused = outbox.get(queued.id());
        assertThat(refused.status()).isEqualTo(MessageStatus.REFUSED);
        assertThat(refused.lastError()).contains("asked not to be contacted");
        assertThat(MailServer.GREEN_MAIL.getReceivedMessages()).isEmpty();
        assertThatThrownBy(() -> outbox.queue(new NewEmail(di.id(), null, template("thank-you"), maria)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theContactBudgetIsCheckedAtSendTime() {
        PersonDetails ed = person("Ed");
        MessageView queued = outbox.queue(new NewEmail(ed.id(), null, template("thank-you"), maria));
        for (int i = 0; i < 5; i++) {
            touches.log(new TouchData(ed.id(), null, Channel.CALL, Direction.OUTBOUND, null, "call " + i, null));
        }

        assertThat(outbox.sendDue()).isZero();
        MessageView refused = outbox.get(queued.id());
        assertThat(refused.status()).isEqualTo(MessageStatus.REFUSED);
        assertThat(refused.lastError()).contains("outbound touches in the last 30 days");
        assertThat(MailServer.GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void outsideTheRecipientsSendingWindowTheMessageWaitsForItToOpen() {
        PersonDetails fay = person("Fay");
        clock.set(Instant.parse("2026-11-23T12:00:00Z")); // 06:00 in Chicago
        MessageView queued = outbox.queue(new NewEmail(fay.id(), null, template("thank-you"), maria));

        assertThat(outbox.sendDue()).isZero();
        assertThat(outbox.get(queued.id()).nextAttemptAt()).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        clock.set(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(outbox.sendDue()).isEqualTo(1);
    }

    @Test
    void eachUserGetsOneDigestOfTheirTodayViewAMorning() throws Exception {
        String email = users.find(maria).orElseThrow().email();
        assertThat(digests.queueDue()).isPositive();
        assertThat(digests.queueDue()).as("once a day").isZero();
        outbox.sendDue();
        assertThat(MailServer.GREEN_MAIL.getReceivedMessages())
                .filteredOn(m -> addresses(m)[0].equals(email))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Your day in Rekindle"));
    }

    @Test
    void theSendingWindowSkipsTheWeekendInTheRecipientsZone() {
        var window = new SendingWindow(new OutreachProperties(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        ZoneId chicago = SendingWindow.zoneOf(TestData.CHICAGO, ZoneId.of("UTC"));
        assertThat(chicago).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(window.nextOpening(Instant.parse("2026-11-28T18:00:00Z"), chicago)) // Saturday noon
                .isEqualTo(Instant.parse("2026-11-30T14:00:00Z"));
        assertThat(window.nextOpening(Instant.parse("2026-11-27T01:00:00Z"), chicago)) // Thursday 19:00
                .isEqualTo(Instant.parse("2026-11-27T14:00:00Z"));
    }

    private long template(String key) {
        return templates.byKey(key).orElseThrow().id();
    }

    private PersonDetails person(String name) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var data = TestData.person(name + " " + tag, name.toLowerCase() + "." + tag + "@example.com");
        return people.create(data);
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String[] addresses(MimeMessage m) {
        try {
            return Arrays.stream(m.getAllRecipients()).map(Object::toString).toArray(String[]::new);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
