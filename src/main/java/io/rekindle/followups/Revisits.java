package io.rekindle.followups;

import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.Openings;
import io.rekindle.people.People;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonSummary;
import io.rekindle.pipeline.Outcome;
import io.rekindle.pipeline.OutcomeRecorded;
import io.rekindle.pipeline.Pipeline;
import io.rekindle.platform.UserId;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns every no into a revisit date, and a revisit date that arrives into a follow-up with the old no's context. */
@Service
@Transactional(readOnly = true)
public class Revisits {

    private static final Logger log = LoggerFactory.getLogger(Revisits.class);
    private static final int BATCH = 500;

    private final RevisitRepository revisits;
    private final RevisitPolicy policy;
    private final FollowUps followUps;
    private final People people;
    private final Openings openings;
    private final Pipeline pipeline;
    private final MessageSource messages;
    private final EntityManager entityManager;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Revisits(
            RevisitRepository revisits,
            RevisitPolicy policy,
            FollowUps followUps,
            People people,
            Openings openings,
            Pipeline pipeline,
            MessageSource messages,
            EntityManager entityManager,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.revisits = revisits;
        this.policy = policy;
        this.followUps = followUps;
        this.people = people;
        this.openings = openings;
        this.pipeline = pipeline;
        this.messages = messages;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OutcomeRecorded event) {
        if (record(event)) {
            events.publishEvent(new RevisitPlanned(event.person()));
        }
    }

    /**
     * Gives a revisit date to the nos that arrived without an event (history loaded in bulk, such as the demo
     * agency): every ended candidacy newer than the newest revisit.
     */
    @Transactional
    public int backfill() {
        int recorded = 0;
        long after = revisits.maxCandidacyId();
        List<OutcomeRecorded> page;
        do {
            page = pipeline.nosAfter(after, BATCH);
            for (OutcomeRecorded event : page) {
                after = event.candidacy().value();
                recorded += record(event) ? 1 : 0;
            }
            revisits.flush();
            entityManager.clear();
        } while (page.size() == BATCH);
        if (recorded > 0) {
            log.info("Gave {} earlier nos their revisit dates", recorded);
        }
        return recorded;
    }

    private boolean record(OutcomeRecorded event) {
        Outcome outcome = event.outcome();
        if (outcome.placed() || revisits.existsByCandidacyId(event.candidacy().value())) {
            return false;
        }
        RevisitView planned = plan(event);
        var revisit = new Revisit(
                planned,
                event.candidacy().value(),
                event.by() == null ? null : event.by().value(),
                clock.instant());
        if (!planned.givenByPerson() && !planned.revisitOn().isAfter(outcome.on())) {
            revisit.followUpCreated();
        }
        revisits.save(revisit);
        return true;
    }

    /** The revisit date from the policy, unless the person gave one. */
    RevisitView plan(OutcomeRecorded event) {
        Outcome o = event.outcome();
        RevisitPolicy.Rule rule = policy.rule(o.side(), o.reason());
        LocalDate policyDate = o.on().plusMonths(rule.months());
        LocalDate revisitOn = o.askAgainOn() != null ? o.askAgainOn() : policyDate;
        LocalDate clientOn =
                rule.sameClientMonths() == null ? null : latest(revisitOn, o.on().plusMonths(rule.sameClientMonths()));
        boolean silver = event.stageReached().isLate();
        return new RevisitView(
                0,
                event.person(),
                event.opening(),
                event.company(),
                o.side(),
                o.reason(),
                o.note(),
                o.on(),
                revisitOn,
                clientOn,
                o.askAgainOn() != null,
                silver);
    }

    public List<RevisitView> of(PersonId person) {
        return revisits.findByPersonIdOrderBySaidNoOnDesc(person.value()).stream()
                .map(Revisit::view)
                .toList();
    }

    /** Silver medalists whose revisit window opened in the last {@code days} days, newest first. */
    public List<RevisitView> silverMedalistsOpened(LocalDate today, int days, int limit) {
        return revisits
                .findBySilverMedalistTrueAndRevisitOnBetweenOrderByRevisitOnDesc(
                        today.minusDays(days), today, PageRequest.of(0, limit))
                .stream()
                .map(Revisit::view)
                .toList();
    }

    /** The nos of each of the given people, newest first. */
    public java.util.Map<PersonId, List<RevisitView>> of(java.util.Collection<PersonId> people) {
        return revisits.findByPersonIdIn(people.stream().map(PersonId::value).toList()).stream()
                .map(Revisit::view)
                .sorted(java.util.Comparator.comparing(RevisitView::saidNoOn).reversed())
                .collect(java.util.stream.Collectors.groupingBy(
                        RevisitView::person, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    public Optional<RevisitView> latest(PersonId person) {
        return of(person).stream().findFirst();
    }

    /**
     * Creates the follow-ups of every revisit date that has arrived, for the person's owner (or whoever recorded the
     * no). Safe to run again and on several servers: each revisit gets at most one follow-up.
     */
    @Transactional
    public int materializeDue(LocalDate today) {
        int created = 0;
        List<Revisit> due;
        do {
            due = revisits.dueWithoutFollowUp(today, PageRequest.of(0, BATCH));
            var views = due.stream().map(Revisit::view).toList();
            var persons =
                    people.summaries(views.stream().map(RevisitView::person).toList());
            var labels =
                    openings.details(views.stream().map(RevisitView::opening).toList());
            for (Revisit revisit : due) {
                RevisitView v = revisit.view();
                PersonSummary person = persons.get(v.person());
                UserId owner =
                        person != null && person.owner() != null ? person.owner() : UserId.of(revisit.recordedBy());
                OpeningDetails opening = labels.get(v.opening());
                followUps.createForRevisit(
                        revisit, owner, context(v, opening == null ? "an opening" : opening.label(), today), today);
                revisit.followUpCreated();
                created++;
            }
            revisits.flush();
            entityManager.clear();
        } while (due.size() == BATCH);
        if (created > 0) {
            log.info("{} revisit dates arrived: follow-ups created", created);
        }
        return created;
    }

    /** The old no in one line: "Candidate declined: happy where I am — Account Executive at Acme, 9 months ago." */
    String context(RevisitView v, String opening, LocalDate today) {
        String line = messages.getMessage(
                "revisit.context",
                new Object[] {
                    label("side." + v.side()), label("reason." + v.reason()), opening, ago(v.saidNoOn(), today)
                },
                Locale.ENGLISH);
        return v.note() == null ? line : line + " “" + v.note() + "”";
    }

    private String label(String code) {
        return messages.getMessage(code, null, code, Locale.ENGLISH);
    }

    private static String ago(LocalDate then, LocalDate today) {
        Period p = Period.between(then, today);
        long months = p.toTotalMonths();
        if (months >= 1) {
            return months + (months == 1 ? " month" : " months");
        }
        return p.getDays() + (p.getDays() == 1 ? " day" : " days");
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
