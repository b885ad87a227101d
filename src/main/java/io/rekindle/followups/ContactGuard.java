package io.rekindle.followups;

import io.rekindle.people.Consent;
import io.rekindle.people.People;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonId;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persistent, not pushy: refuses an outbound touch to a person who opted out, who is in the quiet period after a no
 * (unless they wrote since), or who already had the agency's budget of touches in the window, counting every user.
 * Touches logged as history (more than an hour ago) are facts and are never refused.
 */
@Component
public class ContactGuard {

    static final Duration HISTORY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final People people;
    private final RevisitRepository revisits;
    private final Clock clock;

    ContactGuard(JdbcClient jdbc, People people, RevisitRepository revisits, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.revisits = revisits;
        this.clock = clock;
    }

    public Policy policy() {
        return jdbc.sql("select max_touches, window_days, quiet_after_no from contact_policy where id = 1")
                .query((rs, n) -> new Policy(rs.getInt(1), rs.getInt(2), rs.getBoolean(3)))
                .single();
    }

    @Transactional
    public void change(Policy policy) {
        if (policy.maxTouches() < 1 || policy.maxTouches() > 100) {
            throw InvalidInputException.of("maxTouches", "must be between 1 and 100");
        }
        if (policy.windowDays() < 1 || policy.windowDays() > 365) {
            throw InvalidInputException.of("windowDays", "must be between 1 and 365");
        }
        jdbc.sql("update contact_policy set max_touches = ?, window_days = ?, quiet_after_no = ? where id = 1")
                .params(policy.maxTouches(), policy.windowDays(), policy.quietAfterNo())
                .update();
    }

    /**
     * For modules that contact people themselves (outreach, at send time): throws a {@link ConflictException} saying
     * why, when an outbound touch on this channel now would break do-not-contact, the quiet period or the budget.
     */
    public void checkOutbound(PersonId person, Channel channel) {
        check(new TouchData(person, null, channel, Direction.OUTBOUND, null, null, null), clock.instant());
    }

    /** Throws a {@link ConflictException} saying why, when this touch would be one too many. */
    void check(TouchData touch, Instant at) {
        if (touch.direction() != Direction.OUTBOUND || !touch.channel().contactsThePerson()) {
            return;
        }
        Instant now = clock.instant();
        if (at.isBefore(now.minus(HISTORY))) {
            return;
        }
        PersonDetails person = people.get(touch.person());
        refuseOptedOut(person);
        Policy policy = policy();
        if (policy.quietAfterNo()) {
            refuseQuiet(person, now);
        }
        refuseOverBudget(person, policy, now);
    }

    private static void refuseOptedOut(PersonDetails person) {
        Consent consent = person.consent();
        if (consent.doNotContact()) {
            throw new ConflictException(person.fullName() + " asked not to be contacted"
                    + (consent.since() == null ? "" : " on " + consent.since())
                    + (consent.reason() == null ? "" : " (" + consent.reason() + ")"));
        }
    }

    private void refuseQuiet(PersonDetails person, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        revisits.findByPersonIdOrderBySaidNoOnDesc(person.id().value()).stream()
                .map(Revisit::view)
                .filter(r -> r.revisitOn().isAfter(today))
                .max(Comparator.comparing(RevisitView::revisitOn))
                .filter(r -> !wroteSince(person.id(), r.saidNoOn()))
                .ifPresent(r -> {
                    throw new ConflictException(person.fullName() + " said no on " + r.saidNoOn()
                            + " and is not to be asked again before " + r.revisitOn()
                            + ", unless they write first");
                });
    }

    private boolean wroteSince(PersonId person, LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        return jdbc.sql("select count(*) from touch where person_id = ? and direction = 'INBOUND' and occurred_at >= ?")
                        .params(person.value(), from.atOffset(ZoneOffset.UTC))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void refuseOverBudget(PersonDetails person, Policy policy, Instant now) {
        Instant from = now.minus(Duration.ofDays(policy.windowDays()));
        var recent = jdbc.sql(
                        """
                        select occurred_at from touch
                        where person_id = ? and direction = 'OUTBOUND' and channel not in ('NOTE', 'TASK') and occurred_at > ?
                        order by occurred_at""")
                .params(person.id().value(), from.atOffset(ZoneOffset.UTC))
                .query(java.time.OffsetDateTime.class)
                .list();
        if (recent.size() >= policy.maxTouches()) {
            LocalDate next = recent.get(recent.size() - policy.maxTouches())
                    .toInstant()
                    .plus(Duration.ofDays(policy.windowDays()))
                    .atOffset(ZoneOffset.UTC)
                    .toLocalDate();
            throw new ConflictException(person.fullName() + " already had " + recent.size()
                    + " outbound touches in the last " + policy.windowDays() + " days (the agency's limit is "
                    + policy.maxTouches() + "); the next one is possible on " + next);
        }
    }

    /** At most {@code maxTouches} outbound touches per person in {@code windowDays}, all users together. */
    public record Policy(int maxTouches, int windowDays, boolean quietAfterNo) {}
}
