package io.rekindle.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.people.People;
import io.rekindle.platform.Role;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import io.rekindle.support.MutableClock;
import io.rekindle.support.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A user's daily cap (here 2): the third email of the day waits for the sender's next day. */
@TestPropertySource(properties = "rekindle.outreach.daily-cap=2")
class DailyCapTests extends OutreachTestSupport {

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

    @Test
    void theThirdEmailOfTheDayWaitsForTheSendersNextDay() {
        clock.set(MONDAY_MORNING_IN_CHICAGO);
        String username = "d" + UUID.randomUUID().toString().substring(0, 8);
        UserId maria = users.create(
                        new Users.NewUser(
                                username, "Maria", username + "@agency.test", Role.RECRUITER, ZoneId.of("UTC")),
                        "temporary-pw-1")
                .id();
        long thanks = templates.byKey("thank-you").orElseThrow().id();
        var queued = new ArrayList<MessageView>();
        for (int i = 0; i < 3; i++) {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            var person = people.create(TestData.person("Cap " + tag, "cap." + tag + "@example.com"));
            queued.add(outbox.queue(new NewEmail(person.id(), null, thanks, maria)));
        }

        assertThat(outbox.sendDue()).isEqualTo(2);
        MessageView third = outbox.get(queued.get(2).id());
        assertThat(third.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(third.lastError()).contains("daily cap of 2");
        assertThat(third.nextAttemptAt()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));

        clock.advance(Duration.ofDays(1));
        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(MailServer.GREEN_MAIL.getReceivedMessages()).hasSize(3);
    }
}
