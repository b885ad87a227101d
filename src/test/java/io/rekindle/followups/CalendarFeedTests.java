package io.rekindle.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rekindle.people.People;
import io.rekindle.people.PersonDetails;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.Role;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import io.rekindle.support.MutableClock;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The iCalendar feed parses back with the follow-ups at 9:00 in the user's own time zone. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class CalendarFeedTests {

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    FollowUps followUps;

    @Autowired
    People people;

    @Autowired
    Users users;

    @Autowired
    MutableClock clock;

    @Test
    void aFeedShowsOpenFollowUpsInTheUsersTimeZoneAndCanBeRevoked() throws Exception {
        clock.set(TestClockConfiguration.START);
        UserId chicago = users.create(
                        new Users.NewUser(
                                "cal" + UUID.randomUUID().toString().substring(0, 6),
                                "Cal User",
                                null,
                                Role.RECRUITER,
                                ZoneId.of("America/Chicago")),
                        "temporary-pw-1")
                .id();
        PersonDetails ann = people.create(TestData.person("Feed Ann", null));
        followUps.plan(ann.id(), null, chicago, LocalDate.parse("2026-11-25"), "Ask about the Q1 budget");
        FollowUpView done = followUps.plan(ann.id(), null, chicago, LocalDate.parse("2026-11-26"), "Done already");
        followUps.cancel(done.id());

        String token = feeds.issue(chicago);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feeds.render(token)));

        assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
        var events = calendar.<VEvent>getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Follow up: Feed Ann");
        assertThat(event.getDescription().getValue()).isEqualTo("Ask about the Q1 budget");
        assertThat(event.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("America/Chicago");
        ZonedDateTime start = ZonedDateTime.from(event.getDateTimeStart().getDate());
        assertThat(start.toInstant())
                .isEqualTo(ZonedDateTime.parse("2026-11-25T09:00-06:00[America/Chicago]")
                        .toInstant());

        String renewed = feeds.issue(chicago);
        assertThatThrownBy(() -> feeds.render(token)).isInstanceOf(NotFoundException.class);
        feeds.revoke(chicago);
        assertThatThrownBy(() -> feeds.render(renewed)).isInstanceOf(NotFoundException.class);
    }
}
