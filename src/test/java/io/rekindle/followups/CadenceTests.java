package io.rekindle.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.rekindle.openings.Companies;
import io.rekindle.openings.Openings;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonId;
import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Pipeline;
import io.rekindle.pipeline.Side;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.Role;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import io.rekindle.support.MutableClock;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Cadences: five touches over about three weeks, in business days, stopping the moment the person answers. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class CadenceTests {

    private static final long DEFAULT_CADENCE = 1;

    @Autowired
    MutableClock clock;

    @Autowired
    Cadences cadences;

    @Autowired
    FollowUps followUps;

    @Autowired
    Touches touches;

    @Autowired
    People people;

    @Autowired
    Users users;

    @Autowired
    Companies companies;

    @Autowired
    Openings openings;

    @Autowired
    Pipeline pipeline;

    @Autowired
    BusinessDays businessDays;

    UserId maria;

    @BeforeEach
    void sundayMorning() {
        clock.set(TestClockConfiguration.START);
        maria = recruiter("UTC");
    }

    @Test
    void stepsFallDueOnBusinessDaysSkippingWeekendsAndHolidays() {
        if (businessDays.plus(LocalDate.parse("2026-11-26"), 0).equals(LocalDate.parse("2026-11-26"))) {
            businessDays.addHoliday(LocalDate.parse("2026-11-26"), "Thanksgiving");
        }
        PersonDetails ann = person("Ann");
        EnrollmentView enrolled = cadences.enroll(ann.id(), DEFAULT_CADENCE, maria);
        assertThat(enrolled.nextDueOn())
                .as("Sunday: the first step falls on Monday")
                .isEqualTo(LocalDate.parse("2026-11-23"));

        List<LocalDate> dues = new java.util.ArrayList<>();
        for (int day = 0; day < 30; day++) {
            cadences.materializeDue();
            clock.advance(Duration.ofDays(1));
        }
        followUps.dueFor(maria, LocalDate.parse("2026-12-31")).stream()
                .filter(f -> f.person().equals(ann.id()))
                .forEach(f -> dues.add(f.dueOn()));
        assertThat(dues)
                .containsExactly(
                        LocalDate.parse("2026-11-23"),
                        LocalDate.parse("2026-11-25"),
                        LocalDate.parse("2026-12-01"),
                        LocalDate.parse("2026-12-07"),
                        LocalDate.parse("2026-12-14"));
        assertThat(cadences.historyOf(ann.id()).get(0).stopReason()).isEqualTo(StopReason.FINISHED);
    }

    @Test
    void aReplyStopsTheCadenceAndItsOpenStepsAndTheReasonIsKept() {
        PersonDetails bo = person("Bo");
        cadences.enroll(bo.id(), DEFAULT_CADENCE, maria);
        clock.set(Instant.parse("2026-11-23T09:00:00Z"));
        cadences.materializeDue();
        assertThat(followUps.openFor(bo.id())).hasSize(1);

        touches.log(new TouchData(
                bo.id(), null, Channel.EMAIL, Direction.INBOUND, TouchResult.REPLIED, "Interested!", null));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> cadences.activeFor(bo.id()).isEmpty());
        assertThat(cadences.historyOf(bo.id()).get(0).stopReason()).isEqualTo(StopReason.INBOUND);
        assertThat(followUps.openFor(bo.id())).isEmpty();
        clock.advance(Duration.ofDays(10));
        cadences.materializeDue();
        assertThat(followUps.openFor(bo.id())).as("no more steps after a reply").isEmpty();
    }

    @Test
    void aNoStopsTheCadence() {
        PersonDetails cy = person("Cy");
        cadences.enroll(cy.id(), DEFAULT_CADENCE, maria);
        var company = companies.create(TestData.company("Cadence Co " + UUID.randomUUID()));
        var opening = openings.create(TestData.opening(company.id(), "SDR"));
        var candidacy = pipeline.add(cy.id(), opening.id(), null);
        pipeline.recordNo(
                candidacy.id(),
                new Pipeline.NoOutcome(Side.CANDIDATE_DECLINED, NoReason.TIMING, null, null, null, null));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> cadences.activeFor(cy.id()).isEmpty());
        assertThat(cadences.historyOf(cy.id()).get(0).stopReason()).isEqualTo(StopReason.SAID_NO);
    }

    @Test
    void onePersonHasOneActiveCadenceAndBulkEnrollmentSaysWhyEachWasRefused() {
        PersonDetails di = person("Di");
        PersonData dncData = TestData.person("Dnc " + UUID.randomUUID(), null);
        PersonDetails dnc = people.create(new PersonData(
                dncData.fullName(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                true,
                "unsubscribed",
                null));
        cadences.enroll(di.id(), DEFAULT_CADENCE, maria);
        assertThatThrownBy(() -> cadences.enroll(di.id(), DEFAULT_CADENCE, maria))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already in a cadence");

        PersonDetails ed = person("Ed");
        var results = cadences.enrollAll(
                List.of(ed.id(), di.id(), dnc.id(), new PersonId(987654321)), DEFAULT_CADENCE, maria);
        assertThat(results).extracting(EnrollmentResult::enrolled).containsExactly(true, false, false, false);
        assertThat(results.get(1).message()).contains("already in a cadence");
        assertThat(results.get(2).message()).contains("asked not to be contacted");
        assertThat(results.get(3).message()).contains("not a known person");
    }

    @Test
    void optingOutStopsTheCadenceAtOnce() {
        PersonDetails hal = person("Hal");
        cadences.enroll(hal.id(), DEFAULT_CADENCE, maria);
        PersonDetails current = people.get(hal.id());
        people.update(
                hal.id(),
                current.version(),
                new PersonData(
                        current.fullName(),
                        current.emails(),
                        List.of(),
                        current.currentTitle(),
                        current.currentEmployer(),
                        current.location(),
                        current.skills(),
                        current.tags(),
                        current.source(),
                        current.owner(),
                        true,
                        "asked us to stop",
                        null));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> cadences.activeFor(hal.id()).isEmpty());
        assertThat(cadences.historyOf(hal.id()).get(0).stopReason()).isEqualTo(StopReason.DO_NOT_CONTACT);
    }

    @Test
    void aStepFallsDueInTheOwnersTimeZone() {
        UserId auckland = recruiter("Pacific/Auckland");
        PersonDetails fay = person("Fay");
        PersonDetails gus = person("Gus");
        clock.set(Instant.parse("2026-11-23T09:00:00Z"));
        cadences.enroll(fay.id(), DEFAULT_CADENCE, auckland);
        cadences.enroll(gus.id(), DEFAULT_CADENCE, maria);
        cadences.materializeDue();
        followUps.openFor(fay.id()).forEach(f -> followUps.cancel(f.id()));
        followUps.openFor(gus.id()).forEach(f -> followUps.cancel(f.id()));

        clock.set(Instant.parse("2026-11-24T12:00:00Z"));
        cadences.materializeDue();
        assertThat(followUps.openFor(fay.id()))
                .as("already Wednesday in Auckland")
                .hasSize(1);
        assertThat(followUps.openFor(gus.id())).as("still Tuesday in UTC").isEmpty();
    }

    private PersonDetails person(String name) {
        return people.create(TestData.person(name + " " + UUID.randomUUID(), null));
    }

    private UserId recruiter(String zone) {
        String username = "c" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(
                        new Users.NewUser(username, username, null, Role.RECRUITER, ZoneId.of(zone)), "temporary-pw-1")
                .id();
    }
}
