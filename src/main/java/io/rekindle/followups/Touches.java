package io.rekindle.followups;

import io.rekindle.openings.Openings;
import io.rekindle.people.People;
import io.rekindle.people.PersonId;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.InvalidInputException.FieldProblem;
import io.rekindle.platform.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logs touches and reads them back. */
@Service
@Transactional(readOnly = true)
public class Touches {

    static final int MAX_SUMMARY = 4000;

    private final TouchRepository touches;
    private final People people;
    private final Openings openings;
    private final ApplicationEventPublisher events;
    private final ContactGuard guard;
    private final Clock clock;

    Touches(
            TouchRepository touches,
            People people,
            Openings openings,
            ApplicationEventPublisher events,
            ContactGuard guard,
            Clock clock) {
        this.touches = touches;
        this.people = people;
        this.openings = openings;
        this.events = events;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public TouchView log(TouchData data) {
        Instant now = clock.instant();
        validate(data, now);
        Instant at = data.occurredAt() == null ? now : data.occurredAt();
        guard.check(data, at);
        String summary = data.summary() == null || data.summary().isBlank()
                ? null
                : data.summary().strip();
        var clean = new TouchData(
                data.person(), data.opening(), data.channel(), data.direction(), data.result(), summary, at);
        TouchView view =
                touches.save(new Touch(clean, CurrentUser.id(), at, now)).view();
        events.publishEvent(new TouchLogged(view));
        return view;
    }

    /**
     * Records a touch another module already made or received on a user's behalf (an email sent after its checks, a
     * reply read from the mailbox): a fact, so the contact budget does not refuse it. Publishes {@link TouchLogged}.
     */
    @Transactional
    public TouchView record(TouchData data, UserId by) {
        TouchView view = save(data, by);
        events.publishEvent(new TouchLogged(view));
        return view;
    }

    /** A touch made on a user's behalf, for {@link #recordAll}. */
    public record OnBehalf(TouchData data, UserId by) {}

    /** Records many touches as {@link #record} does, with one {@link TouchesLogged} for all of them. */
    @Transactional
    public List<TouchView> recordAll(List<OnBehalf> made) {
        var views = made.stream().map(m -> save(m.data(), m.by())).toList();
        if (!views.isEmpty()) {
            events.publishEvent(new TouchesLogged(views));
        }
        return views;
    }

    private TouchView save(TouchData data, UserId by) {
        Instant now = clock.instant();
        validate(data, now);
        Instant at = data.occurredAt() == null ? now : data.occurredAt();
        String summary = data.summary() == null || data.summary().isBlank()
                ? null
                : data.summary().strip();
        var clean = new TouchData(
                data.person(), data.opening(), data.channel(), data.direction(), data.result(), summary, at);
        return touches.save(new Touch(clean, by, at, now)).view();
    }

    /** The most recent touches with a person, newest first. */
    public List<TouchView> recent(PersonId person, int limit) {
        return touches.findByPersonIdOrderByOccurredAtDesc(person.value(), PageRequest.of(0, limit)).stream()
                .map(Touch::view)
                .toList();
    }

    /** Touch counts and dates of each of the given people (people never touched get {@link TouchStats#none}). */
    public java.util.Map<PersonId, TouchStats> stats(java.util.Collection<PersonId> people) {
        var stats = new java.util.HashMap<PersonId, TouchStats>();
        people.forEach(p -> stats.put(p, TouchStats.none(p)));
        if (people.isEmpty()) {
            return stats;
        }
        var responses = java.util.Arrays.stream(TouchResult.values())
                .filter(TouchResult::isResponse)
                .toList();
        for (Object[] row : touches.statsOf(people.stream().map(PersonId::value).toList(), responses)) {
            var person = new PersonId((Long) row[0]);
            stats.put(
                    person,
                    new TouchStats(
                            person,
                            ((Number) row[1]).longValue(),
                            row[2] == null ? 0 : ((Number) row[2]).longValue(),
                            (Instant) row[3],
                            (Instant) row[4]));
        }
        return stats;
    }

    /** One page of the touches with a person, newest first. */
    public org.springframework.data.domain.Page<TouchView> page(PersonId person, int page, int size) {
        return touches.findByPersonId(
                        person.value(),
                        PageRequest.of(
                                page,
                                size,
                                org.springframework.data.domain.Sort.by("occurredAt", "id")
                                        .descending()))
                .map(Touch::view);
    }

    private void validate(TouchData data, Instant now) {
        var problems = new ArrayList<FieldProblem>();
        if (data.person() == null || !people.exists(data.person())) {
            problems.add(new FieldProblem("personId", "is not a known person"));
        }
        if (data.opening() != null && !openings.exists(data.opening())) {
            problems.add(new FieldProblem("openingId", "is not a known opening"));
        }
        if (data.channel() == null) {
            problems.add(new FieldProblem("channel", "must be one of " + List.of(Channel.values())));
        }
        if (data.direction() == null) {
            problems.add(new FieldProblem("direction", "must be one of " + List.of(Direction.values())));
        }
        if (data.occurredAt() != null && data.occurredAt().isAfter(now)) {
            problems.add(new FieldProblem("occurredAt", "must not be in the future"));
        }
        if (data.summary() != null && data.summary().length() > MAX_SUMMARY) {
            problems.add(new FieldProblem("summary", "must have at most " + MAX_SUMMARY + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
