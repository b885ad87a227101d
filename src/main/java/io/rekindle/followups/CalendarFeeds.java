package io.rekindle.followups;

import io.rekindle.people.People;
import io.rekindle.people.PersonSummary;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.UserId;
import io.rekindle.platform.UserSummary;
import io.rekindle.platform.Users;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A private iCalendar feed per user with their open follow-ups, for Google Calendar or Outlook to subscribe to. Each
 * follow-up is a 30-minute event at 9:00 in the user's time zone on its due day.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    static final LocalTime AT = LocalTime.of(9, 0);
    private static final int PAST_DAYS = 30;
    private static final int FUTURE_DAYS = 180;

    private final JdbcClient jdbc;
    private final FollowUpRepository followUps;
    private final People people;
    private final Users users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(JdbcClient jdbc, FollowUpRepository followUps, People people, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.followUps = followUps;
        this.people = people;
        this.users = users;
        this.clock = clock;
    }

    /** A new secret feed token for the user; any earlier one stops working. */
    @Transactional
    public String issue(UserId user) {
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        revoke(user);
        jdbc.sql("insert into calendar_feed (user_id, token_hash, created_at) values (?, ?, ?)")
                .params(user.value(), hash(token), clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update();
        return token;
    }

    @Transactional
    public void revoke(UserId user) {
        jdbc.sql("delete from calendar_feed where user_id = ?")
                .params(user.value())
                .update();
    }

    public boolean has(UserId user) {
        return jdbc.sql("select count(*) from calendar_feed where user_id = ?")
                        .params(user.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The feed behind a token, as iCalendar text; an unknown or revoked token is not found. */
    public String render(String token) {
        long userId = jdbc.sql("select user_id from calendar_feed where token_hash = ?")
                .params(hash(token))
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Calendar feed", "with this address"));
        UserSummary user = users.find(new UserId(userId)).orElseThrow(() -> new NotFoundException("User", userId));
        return write(calendar(user));
    }

    private Calendar calendar(UserSummary user) {
        ZoneId zone = user.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<FollowUp> open = followUps.findByOwnerIdAndStatusAndDueOnBetweenOrderByDueOnAsc(
                user.id().value(), FollowUpStatus.OPEN, today.minusDays(PAST_DAYS), today.plusDays(FUTURE_DAYS));
        var persons = people.summaries(open.stream().map(f -> f.view().person()).toList());
        var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Rekindle//Follow-ups//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", "Rekindle follow-ups of " + user.displayName()))
                .add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        calendar.add(registry.getTimeZone(zone.getId()).getVTimeZone());
        for (FollowUp f : open) {
            FollowUpView v = f.view();
            PersonSummary person = persons.get(v.person());
            String who = person == null ? "someone" : person.fullName();
            ZonedDateTime start = ZonedDateTime.of(v.dueOn(), AT, zone);
            VEvent event = new VEvent(start, start.plus(Duration.ofMinutes(30)), "Follow up: " + who)
                    .add(new Uid("follow-up-" + v.id() + "@rekindle"))
                    .add(new Description(v.note() == null ? "" : v.note()));
            calendar.add(event);
        }
        return calendar;
    }

    private static String write(Calendar calendar) {
        try {
            var out = new java.io.StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
