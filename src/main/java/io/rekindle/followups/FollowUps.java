package io.rekindle.followups;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.People;
import io.rekindle.people.PersonId;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.Text;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dated follow-ups: plan, complete (logging the touch), snooze, reassign, cancel. */
@Service
@Transactional(readOnly = true)
public class FollowUps {

    private final FollowUpRepository followUps;
    private final Touches touches;
    private final People people;
    private final Users users;
    private final Clock clock;

    FollowUps(FollowUpRepository followUps, Touches touches, People people, Users users, Clock clock) {
        this.followUps = followUps;
        this.touches = touches;
        this.people = people;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public FollowUpView plan(PersonId person, OpeningId opening, UserId owner, LocalDate dueOn, String note) {
        if (person == null || !people.exists(person)) {
            throw InvalidInputException.of("personId", "is not a known person");
        }
        if (dueOn == null) {
            throw InvalidInputException.of("dueOn", "must be a date");
        }
        UserId who = owner == null ? CurrentUser.id() : owner;
        if (who != null && !users.exists(who)) {
            throw InvalidInputException.of("ownerId", "is not a known user");
        }
        return followUps
                .save(new FollowUp(
                        person,
                        opening,
                        who,
                        dueOn,
                        FollowUpOrigin.MANUAL,
                        null,
                        Text.trimToNull(note),
                        clock.instant()))
                .view();
    }

    /** Marks a follow-up done and logs the touch that did it. */
    @Transactional
    public FollowUpView complete(long id, TouchData touch) {
        FollowUp followUp = load(id);
        followUp.complete(clock.instant());
        if (touch != null) {
            touches.log(touch);
        }
        return followUp.view();
    }

    @Transactional
    public FollowUpView snooze(long id, LocalDate until) {
        FollowUp followUp = load(id);
        followUp.snoozeUntil(until, today());
        return followUp.view();
    }

    @Transactional
    public FollowUpView reassign(long id, UserId owner) {
        if (!users.exists(owner)) {
            throw InvalidInputException.of("ownerId", "is not a known user");
        }
        FollowUp followUp = load(id);
        followUp.reassign(owner);
        return followUp.view();
    }

    @Transactional
    public FollowUpView cancel(long id) {
        FollowUp followUp = load(id);
        followUp.cancel(clock.instant());
        return followUp.view();
    }

    public FollowUpView get(long id) {
        return load(id).view();
    }

    /** Open follow-ups of a user due today or earlier, the overdue first. */
    public List<FollowUpView> dueFor(UserId owner, LocalDate day) {
        return followUps
                .findByOwnerIdAndStatusAndDueOnLessThanEqualOrderByDueOnAscIdAsc(
                        owner.value(), FollowUpStatus.OPEN, day)
                .stream()
                .map(FollowUp::view)
                .toList();
    }

    /** The first {@code limit} open follow-ups of a user due on or before a day, the overdue first. */
    public List<FollowUpView> dueFor(UserId owner, LocalDate day, int limit) {
        return followUps
                .findByOwnerIdAndStatusAndDueOnLessThanEqualOrderByDueOnAscIdAsc(
                        owner.value(), FollowUpStatus.OPEN, day, org.springframework.data.domain.Limit.of(limit))
                .stream()
                .map(FollowUp::view)
                .toList();
    }

    /** How much is due for a user on a day, counted in the database. */
    public DueCounts dueCounts(UserId owner, LocalDate day) {
        long id = owner.value();
        return new DueCounts(
                followUps.countByOwnerIdAndStatusAndDueOnLessThan(id, FollowUpStatus.OPEN, day),
                followUps.countByOwnerIdAndStatusAndDueOn(id, FollowUpStatus.OPEN, day),
                followUps.countByOwnerIdAndStatusAndDueOnLessThanEqualAndOrigin(
                        id, FollowUpStatus.OPEN, day, FollowUpOrigin.REVISIT),
                followUps.countByOwnerIdAndStatusAndDueOnLessThanEqualAndOrigin(
                        id, FollowUpStatus.OPEN, day, FollowUpOrigin.CADENCE));
    }

    /** Open follow-ups due: before the day, on it, and of those from revisit dates and from cadence steps. */
    public record DueCounts(long overdue, long dueToday, long revisits, long cadenceSteps) {
        public long total() {
            return overdue + dueToday;
        }
    }

    public List<FollowUpView> openFor(PersonId person) {
        return followUps.findByPersonIdAndStatusOrderByDueOnAsc(person.value(), FollowUpStatus.OPEN).stream()
                .map(FollowUp::view)
                .toList();
    }

    /** The follow-up of a revisit date that arrived: due on that date, or today when it arrived earlier. */
    FollowUpView createForRevisit(Revisit revisit, UserId owner, String context, LocalDate today) {
        RevisitView v = revisit.view();
        LocalDate due = v.revisitOn().isBefore(today) ? today : v.revisitOn();
        return followUps
                .save(new FollowUp(
                        v.person(), null, owner, due, FollowUpOrigin.REVISIT, revisit.id(), context, clock.instant()))
                .view();
    }

    FollowUpView createForStep(EnrollmentView enrollment, int step, LocalDate dueOn, String note) {
        return followUps
                .save(FollowUp.forStep(enrollment, step, dueOn, note, clock.instant()))
                .view();
    }

    void cancelOpenSteps(long enrollmentId) {
        followUps
                .findByEnrollmentIdAndStatus(enrollmentId, FollowUpStatus.OPEN)
                .forEach(f -> f.cancel(clock.instant()));
    }

    private FollowUp load(long id) {
        return followUps.findById(id).orElseThrow(() -> new NotFoundException("Follow-up", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CurrentUser.zone()));
    }
}
