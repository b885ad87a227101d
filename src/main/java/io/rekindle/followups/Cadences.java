package io.rekindle.followups;

import io.rekindle.people.DoNotContactSet;
import io.rekindle.people.People;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonId;
import io.rekindle.pipeline.OutcomeRecorded;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.UserId;
import io.rekindle.platform.UserSummary;
import io.rekindle.platform.Users;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cadences: a planned series of touches per person, one active cadence at a time. Each due step becomes a follow-up
 * for the owner; the cadence stops on a reply or any inbound touch, on placement, on a no, and on do-not-contact.
 */
@Service
@Transactional(readOnly = true)
public class Cadences {

    private static final Logger log = LoggerFactory.getLogger(Cadences.class);
    private static final int BATCH = 500;

    private final CadenceRepository cadences;
    private final EnrollmentRepository enrollments;
    private final FollowUps followUps;
    private final ContactGuard guard;
    private final BusinessDays businessDays;
    private final People people;
    private final Users users;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Cadences(
            CadenceRepository cadences,
            EnrollmentRepository enrollments,
            FollowUps followUps,
            ContactGuard guard,
            BusinessDays businessDays,
            People people,
            Users users,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cadences = cadences;
        this.enrollments = enrollments;
        this.followUps = followUps;
        this.guard = guard;
        this.businessDays = businessDays;
        this.people = people;
        this.users = users;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    public List<CadenceView> all() {
        return cadences.findAllByOrderByNameAsc().stream().map(Cadence::view).toList();
    }

    public CadenceView get(long id) {
        return cadences.findById(id).map(Cadence::view).orElseThrow(() -> new NotFoundException("Cadence", id));
    }

    @Transactional
    public CadenceView create(String name, List<CadenceStep> steps) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "must not be blank");
        }
        if (steps == null || steps.isEmpty() || steps.size() > 20) {
            throw InvalidInputException.of("steps", "must have between 1 and 20 steps");
        }
        for (int i = 0; i < steps.size(); i++) {
            CadenceStep step = steps.get(i);
            if (step.channel() == null || step.waitDays() < 0 || step.waitDays() > 60) {
                throw InvalidInputException.of(
                        "steps[" + i + "]", "needs a channel and a wait of 0 to 60 business days");
            }
        }
        return cadences.save(new Cadence(name.strip(), steps, clock.instant())).view();
    }

    /** Enrolls one person; refused with the reason when they may not be contacted or already are in a cadence. */
    @Transactional
    public EnrollmentView enroll(PersonId person, long cadenceId, UserId owner) {
        CadenceView cadence = get(cadenceId);
        PersonDetails details =
                people.find(person).orElseThrow(() -> InvalidInputException.of("personId", "is not a known person"));
        if (details.consent().doNotContact()) {
            throw new ConflictException(details.fullName() + " asked not to be contacted");
        }
        if (enrollments.findByActivePersonId(person.value()).isPresent()) {
            throw new ConflictException(details.fullName() + " is already in a cadence; stop it first");
        }
        UserId who = owner != null ? owner : details.owner() != null ? details.owner() : CurrentUser.id();
        LocalDate firstDue =
                businessDays.plus(today(who), cadence.steps().get(0).waitDays());
        return enrollments
                .save(new Enrollment(person, cadence.id(), who, firstDue, clock.instant()))
                .view();
    }

    /** Enrolls many people; each one is enrolled or refused with its reason, none is dropped silently. */
    @Transactional
    public List<EnrollmentResult> enrollAll(Collection<PersonId> persons, long cadenceId, UserId owner) {
        var results = new ArrayList<EnrollmentResult>();
        for (PersonId person : persons) {
            try {
                enroll(person, cadenceId, owner);
                results.add(new EnrollmentResult(person, true, "enrolled"));
            } catch (ConflictException | InvalidInputException e) {
                results.add(new EnrollmentResult(person, false, e.getMessage()));
            }
        }
        return results;
    }

    @Transactional
    public void stop(PersonId person, StopReason reason) {
        enrollments.findByActivePersonId(person.value()).ifPresent(e -> {
            e.stop(reason, clock.instant());
            followUps.cancelOpenSteps(e.view().id());
        });
    }

    public Optional<EnrollmentView> activeFor(PersonId person) {
        return enrollments.findByActivePersonId(person.value()).map(Enrollment::view);
    }

    public List<EnrollmentView> historyOf(PersonId person) {
        return enrollments.findByPersonIdOrderByStartedAtDesc(person.value()).stream()
                .map(Enrollment::view)
                .toList();
    }

    @ApplicationModuleListener
    void on(TouchLogged event) {
        stopOn(event.touch());
    }

    @ApplicationModuleListener
    void on(TouchesLogged event) {
        event.touches().forEach(this::stopOn);
    }

    private void stopOn(TouchView touch) {
        if (touch.direction() == Direction.INBOUND) {
            stop(touch.person(), StopReason.INBOUND);
        } else if (touch.result() != null && touch.result().isResponse()) {
            stop(touch.person(), StopReason.REPLIED);
        }
    }

    @ApplicationModuleListener
    void on(DoNotContactSet event) {
        stop(event.person(), StopReason.DO_NOT_CONTACT);
    }

    @ApplicationModuleListener
    void on(OutcomeRecorded event) {
        stop(event.person(), event.outcome().placed() ? StopReason.PLACED : StopReason.SAID_NO);
    }

    /** Turns every cadence step that has fallen due into a follow-up. Idempotent; safe on several servers. */
    @Transactional
    public int materializeDue() {
        int created = 0;
        Map<UserId, ZoneId> zones = new LinkedHashMap<>();
        Map<Long, CadenceView> definitions = new java.util.HashMap<>();
        LocalDate horizon = LocalDate.now(clock).plusDays(1);
        long after = 0;
        List<Enrollment> page;
        do {
            page = enrollments.findByStatusAndNextDueOnLessThanEqualAndIdGreaterThanOrderById(
                    Enrollment.Status.ACTIVE, horizon, after, PageRequest.of(0, BATCH));
            for (Enrollment enrollment : page) {
                after = enrollment.view().id();
                created += stepsDue(enrollment, today(enrollment.view().owner(), zones), definitions);
            }
            enrollments.flush();
            entityManager.clear();
        } while (page.size() == BATCH);
        if (created > 0) {
            log.info("{} cadence steps fell due: follow-ups created", created);
        }
        return created;
    }

    private int stepsDue(Enrollment enrollment, LocalDate today, Map<Long, CadenceView> definitions) {
        int created = 0;
        while (enrollment.view().active() && !enrollment.view().nextDueOn().isAfter(today)) {
            if (!step(enrollment, definitions.computeIfAbsent(enrollment.cadenceId(), this::get))) {
                break;
            }
            created++;
        }
        return created;
    }

    private boolean step(Enrollment enrollment, CadenceView cadence) {
        EnrollmentView e = enrollment.view();
        CadenceStep step = cadence.steps().get(e.nextStep());
        try {
            guard.check(
                    new TouchData(e.person(), null, step.channel(), Direction.OUTBOUND, null, null, null),
                    clock.instant());
        } catch (ConflictException refused) {
            if (people.find(e.person()).map(p -> p.consent().doNotContact()).orElse(true)) {
                enrollment.stop(StopReason.DO_NOT_CONTACT, clock.instant());
                followUps.cancelOpenSteps(e.id());
            } else {
                enrollment.postpone(businessDays.plus(LocalDate.now(clock).plusDays(1), 0));
            }
            return false;
        }
        String note = "Step " + (e.nextStep() + 1) + " of " + cadence.steps().size() + " of “" + cadence.name() + "”: "
                + step.channel().name().toLowerCase() + (step.script() == null ? "" : " — " + step.script());
        followUps.createForStep(e, e.nextStep(), e.nextDueOn(), note);
        events.publishEvent(new CadenceStepDue(
                e.id(), e.nextStep(), e.person(), e.owner(), step.channel(), step.script(), e.nextDueOn()));
        if (e.nextStep() + 1 < cadence.steps().size()) {
            CadenceStep next = cadence.steps().get(e.nextStep() + 1);
            enrollment.advance(
                    next.waitDays() == 0
                            ? e.nextDueOn()
                            : businessDays.plus(e.nextDueOn().plusDays(1), next.waitDays() - 1));
        } else {
            enrollment.stop(StopReason.FINISHED, clock.instant());
        }
        return true;
    }

    private LocalDate today(UserId owner) {
        return today(owner, new LinkedHashMap<>());
    }

    private LocalDate today(UserId owner, Map<UserId, ZoneId> zones) {
        ZoneId zone = owner == null
                ? ZoneId.of("UTC")
                : zones.computeIfAbsent(
                        owner, o -> users.find(o).map(UserSummary::timeZone).orElse(ZoneId.of("UTC")));
        return LocalDate.now(clock.withZone(zone));
    }
}
