package io.rekindle.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.rekindle.openings.Companies;
import io.rekindle.openings.Openings;
import io.rekindle.people.Location;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import io.rekindle.people.PersonDetails;
import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Pipeline;
import io.rekindle.pipeline.Side;
import io.rekindle.platform.ConflictException;
import io.rekindle.support.MutableClock;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Story 3: persistent, not pushy. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class PersistentNotPushyTests {

    @Autowired
    MutableClock clock;

    @Autowired
    Touches touches;

    @Autowired
    People people;

    @Autowired
    Companies companies;

    @Autowired
    Openings openings;

    @Autowired
    Pipeline pipeline;

    @Autowired
    Revisits revisits;

    @BeforeEach
    void now() {
        clock.set(TestClockConfiguration.START);
    }

    @Test
    void theAgencyBudgetRefusesASixthTouchIn30DaysAndSaysWhen() {
        PersonDetails ann = people.create(TestData.person("Budget Ann " + UUID.randomUUID(), null));
        for (int day = 0; day < 5; day++) {
            touches.log(call(ann, null));
            clock.advance(Duration.ofDays(2));
        }
        assertThatThrownBy(() -> touches.log(call(ann, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already had 5 outbound touches in the last 30 days")
                .hasMessageContaining("the next one is possible on 2026-12-22");

        touches.log(new TouchData(ann.id(), null, Channel.NOTE, Direction.OUTBOUND, null, "Notes are free", null));
        touches.log(new TouchData(
                ann.id(), null, Channel.EMAIL, Direction.INBOUND, TouchResult.REPLIED, "She wrote", null));
        clock.advance(Duration.ofDays(21));
        assertThat(touches.log(call(ann, null)).channel()).isEqualTo(Channel.CALL);
    }

    @Test
    void historyIsNeverRefused() {
        PersonDetails bo = people.create(TestData.person("History Bo " + UUID.randomUUID(), null));
        for (int i = 1; i <= 8; i++) {
            touches.log(call(bo, TestClockConfiguration.START.minus(Duration.ofDays(i))));
        }
        assertThat(touches.recent(bo.id(), 20)).hasSize(8);
    }

    @Test
    void aPersonWhoOptedOutIsNeverContactedAndTheReasonIsShown() {
        PersonData data = TestData.person("Opted Out " + UUID.randomUUID(), null);
        PersonDetails cy = people.create(new PersonData(
                data.fullName(),
                List.of(),
                List.of(),
                null,
                null,
                new Location("Chicago", null, "US"),
                List.of(),
                List.of(),
                null,
                null,
                true,
                "asked us to stop",
                null));
        assertThatThrownBy(() -> touches.log(call(cy, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("asked not to be contacted on 2026-11-22 (asked us to stop)");
    }

    @Test
    void aNoStartsAQuietPeriodUntilTheRevisitDateUnlessThePersonWritesFirst() {
        PersonDetails di = people.create(TestData.person("Quiet Di " + UUID.randomUUID(), null));
        var company = companies.create(TestData.company("Quiet Co " + UUID.randomUUID()));
        var opening = openings.create(TestData.opening(company.id(), "Account Executive"));
        var candidacy = pipeline.add(di.id(), opening.id(), null);
        pipeline.recordNo(
                candidacy.id(),
                new Pipeline.NoOutcome(Side.CANDIDATE_DECLINED, NoReason.HAPPY_WHERE_I_AM, null, null, null, null));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> revisits.latest(di.id()).isPresent());

        clock.advance(Duration.ofDays(30));
        assertThatThrownBy(() -> touches.log(call(di, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is not to be asked again before 2027-05-22");

        touches.log(
                new TouchData(di.id(), null, Channel.EMAIL, Direction.INBOUND, TouchResult.REPLIED, "Any news?", null));
        assertThat(touches.log(call(di, null)).direction()).isEqualTo(Direction.OUTBOUND);
    }

    private static TouchData call(PersonDetails person, Instant at) {
        return new TouchData(person.id(), null, Channel.CALL, Direction.OUTBOUND, TouchResult.NO_ANSWER, null, at);
    }
}
