package io.rekindle.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rekindle.openings.Companies;
import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.Openings;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import io.rekindle.people.PersonDetails;
import io.rekindle.pipeline.CandidacyView;
import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Pipeline;
import io.rekindle.pipeline.Side;
import io.rekindle.pipeline.Stage;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import io.rekindle.support.MutableClock;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Story 1, second half: a no, nine months pass, and the follow-up appears with the old no's context. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class RevisitStoryTests {

    @Autowired
    MutableClock clock;

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

    @Autowired
    FollowUps followUps;

    @Autowired
    Users users;

    UserId owner;

    @BeforeEach
    void startOfStory() {
        clock.set(TestClockConfiguration.START);
        owner = users.all().stream()
                .filter(u -> u.username().equals("admin"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void nineMonthsAfterANoTheOwnerIsAskedToCallAgainWithTheContext() {
        PersonDetails ann = person("Ann Rivera");
        OpeningDetails opening = opening("Acme", "Account Executive");
        CandidacyView c = pipeline.add(ann.id(), opening.id(), null);
        pipeline.recordNo(
                c.id(),
                new Pipeline.NoOutcome(
                        Side.CANDIDATE_DECLINED, NoReason.HAPPY_WHERE_I_AM, "Just promoted", null, null, null));

        RevisitView revisit = awaitRevisit(ann);
        assertThat(revisit.revisitOn()).isEqualTo(today().plusMonths(6));
        revisits.materializeDue(today());
        assertThat(followUps.openFor(ann.id()))
                .as("nothing before the revisit date")
                .isEmpty();

        clock.advance(Duration.ofDays(274));
        assertThat(revisits.materializeDue(today())).isPositive();
        assertThat(revisits.materializeDue(today())).as("idempotent").isZero();

        var due = followUps.dueFor(owner, today());
        assertThat(due)
                .filteredOn(f -> f.person().equals(ann.id()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.origin()).isEqualTo(FollowUpOrigin.REVISIT);
                    assertThat(f.dueOn())
                            .as("due the day the job finds the open window")
                            .isEqualTo(today());
                    assertThat(f.note())
                            .isEqualTo("Candidate declined: happy where I am — Account Executive at "
                                    + opening.companyName() + ", 9 months ago. “Just promoted”");
                });
    }

    @Test
    void aDateThePersonGaveOverridesThePolicy() {
        PersonDetails bo = person("Bo Chen");
        CandidacyView c = pipeline.add(bo.id(), opening("Initech", "SDR").id(), null);
        pipeline.recordNo(
                c.id(),
                new Pipeline.NoOutcome(
                        Side.CANDIDATE_DECLINED,
                        NoReason.TIMING,
                        null,
                        "after my bonus",
                        LocalDate.parse("2027-03-15"),
                        null));

        RevisitView revisit = awaitRevisit(bo);
        assertThat(revisit.revisitOn()).isEqualTo(LocalDate.parse("2027-03-15"));
        assertThat(revisit.givenByPerson()).isTrue();
    }

    @Test
    void aCultureFitNoBlocksThatClientOnlyAndAskingAgainElsewhereNeedsNoFollowUp() {
        PersonDetails cy = person("Cy Young");
        CandidacyView c =
                pipeline.add(cy.id(), opening("Umbrella", "Account Manager").id(), null);
        pipeline.move(c.id(), Stage.INTERVIEWING, null);
        pipeline.recordNo(
                c.id(), new Pipeline.NoOutcome(Side.CLIENT_REJECTED, NoReason.CULTURE_FIT, null, null, null, null));

        RevisitView revisit = awaitRevisit(cy);
        assertThat(revisit.neverForClient()).isTrue();
        assertThat(revisit.open(today())).isTrue();
        assertThat(revisit.silverMedalist()).isTrue();
        clock.advance(Duration.ofDays(400));
        assertThat(followUps.dueFor(owner, today())).noneMatch(f -> f.person().equals(cy.id()));
    }

    @Autowired
    RevisitPolicy policy;

    @Test
    void aCompanysNotNowComesBackWhenItsDateArrives() {
        var company = companies.create(TestData.company("Freeze " + UUID.randomUUID()));
        companies.notNow(
                company.id(),
                new io.rekindle.openings.NotNow(
                        io.rekindle.openings.NotNow.Reason.HIRING_FREEZE, "Q1 freeze", null, today().plusDays(10)));
        assertThat(companies.notNowEnded(today(), 30, 50)).noneMatch(c -> c.id().equals(company.id()));
        clock.advance(Duration.ofDays(11));
        assertThat(companies.notNowEnded(today(), 30, 50)).anyMatch(c -> c.id().equals(company.id()));
    }

    @Test
    void aSilverMedalistShowsUpWhenTheirWindowOpens() {
        PersonDetails rafael = person("Rafael Ortiz");
        CandidacyView c = pipeline.add(
                rafael.id(), opening("Vandelay", "Regional Sales Director").id(), null);
        pipeline.move(c.id(), Stage.OFFERED, null);
        pipeline.recordNo(
                c.id(),
                new Pipeline.NoOutcome(
                        Side.CANDIDATE_DECLINED,
                        NoReason.DECLINED_OFFER,
                        "Counter-offer; liked the team",
                        null,
                        null,
                        null));
        RevisitView revisit = awaitRevisit(rafael);
        assertThat(revisit.silverMedalist()).isTrue();
        assertThat(revisits.silverMedalistsOpened(today(), 30, 50))
                .noneMatch(r -> r.person().equals(rafael.id()));

        clock.advance(Duration.ofDays(280));
        assertThat(revisits.silverMedalistsOpened(today(), 30, 50))
                .anyMatch(r -> r.person().equals(rafael.id()));
    }

    @Test
    void anAdminCanChangeWhenANoTurnsIntoMaybe() {
        policy.change(Side.WE_PASSED, NoReason.EXPERIENCE, 18, 24);
        try {
            PersonDetails ed = person("Ed Norton");
            CandidacyView c =
                    pipeline.add(ed.id(), opening("Hooli", "Sales Engineer").id(), null);
            pipeline.recordNo(
                    c.id(), new Pipeline.NoOutcome(Side.WE_PASSED, NoReason.EXPERIENCE, null, null, null, null));
            RevisitView revisit = awaitRevisit(ed);
            assertThat(revisit.revisitOn()).isEqualTo(today().plusMonths(18));
            assertThat(revisit.clientRevisitOn()).isEqualTo(today().plusMonths(24));
        } finally {
            policy.change(Side.WE_PASSED, NoReason.EXPERIENCE, 12, 12);
        }
    }

    @Test
    void aFollowUpIsDoneBySnoozingOrLoggingTheTouch() {
        PersonDetails di = person("Di Prince");
        FollowUpView f = followUps.plan(di.id(), null, owner, today(), "Send the Q3 openings");
        FollowUpView snoozed = followUps.snooze(f.id(), today().plusDays(3));
        assertThat(followUps.dueFor(owner, today())).noneMatch(x -> x.id() == f.id());
        clock.advance(Duration.ofDays(3));
        assertThat(followUps.dueFor(owner, today())).anyMatch(x -> x.id() == snoozed.id());

        followUps.complete(
                f.id(),
                new TouchData(
                        di.id(), null, Channel.CALL, Direction.OUTBOUND, TouchResult.CONVERSATION, "Talked", null));
        assertThat(followUps.get(f.id()).status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(followUps.dueFor(owner, today())).noneMatch(x -> x.id() == f.id());
    }

    private RevisitView awaitRevisit(PersonDetails person) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> revisits.latest(person.id()).isPresent());
        return revisits.latest(person.id()).orElseThrow();
    }

    private PersonDetails person(String name) {
        PersonData data = TestData.person(name, null);
        return people.create(new PersonData(
                data.fullName(),
                data.emails(),
                data.phones(),
                data.currentTitle(),
                data.currentEmployer(),
                data.location(),
                data.skills(),
                data.tags(),
                data.source(),
                owner,
                false,
                null,
                null));
    }

    private OpeningDetails opening(String company, String title) {
        var c = companies.create(
                TestData.company(company + " " + UUID.randomUUID().toString().substring(0, 4)));
        return openings.create(TestData.opening(c.id(), title));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
