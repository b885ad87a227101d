package io.rekindle.outreach;

import io.rekindle.followups.FollowUpView;
import io.rekindle.followups.FollowUps;
import io.rekindle.people.People;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonSummary;
import io.rekindle.platform.UserSummary;
import io.rekindle.platform.Users;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The daily digest: each morning (at {@code digestHour} in the user's own time zone) an email with their Today view —
 * counts, then the follow-ups due and overdue. One per user per day, whichever server gets there first.
 */
@Component
class Digests {

    static final int ITEMS = 30;

    private final Users users;
    private final FollowUps followUps;
    private final People people;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final OutreachProperties properties;
    private final Clock clock;

    Digests(
            Users users,
            FollowUps followUps,
            People people,
            Outbox outbox,
            JdbcClient jdbc,
            OutreachProperties properties,
            Clock clock) {
        this.users = users;
        this.followUps = followUps;
        this.people = people;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues the digest of every user whose morning has come and who has not had today's; returns how many. */
    int queueDue() {
        int queued = 0;
        for (UserSummary user : users.all()) {
            if (!user.enabled() || user.email() == null || user.email().isBlank()) {
                continue;
            }
            ZonedDateTime local = clock.instant().atZone(user.timeZone());
            if (local.getHour() < properties.digestHour()) {
                continue;
            }
            LocalDate day = local.toLocalDate();
            try {
                jdbc.sql("insert into outreach_digest (user_id, sent_on) values (?, ?)")
                        .params(user.id().value(), day)
                        .update();
            } catch (DuplicateKeyException already) {
                continue;
            }
            outbox.queueToUser(user, "digest", render(user, day));
            queued++;
        }
        return queued;
    }

    RenderedEmail render(UserSummary user, LocalDate day) {
        FollowUps.DueCounts counts = followUps.dueCounts(user.id(), day);
        List<FollowUpView> due = followUps.dueFor(user.id(), day, ITEMS);
        Map<PersonId, PersonSummary> names =
                people.summaries(due.stream().map(FollowUpView::person).collect(Collectors.toSet()));
        var text = new StringBuilder();
        var html = new StringBuilder();
        String head = "Today, " + day + ": " + counts.dueToday() + " due, " + counts.overdue() + " overdue ("
                + counts.revisits() + " revisits, " + counts.cadenceSteps() + " cadence steps).";
        text.append("Good morning ")
                .append(user.displayName())
                .append(",\n\n")
                .append(head)
                .append("\n\n");
        html.append("<p>Good morning ")
                .append(HtmlUtils.htmlEscape(user.displayName()))
                .append(",</p><p>")
                .append(HtmlUtils.htmlEscape(head))
                .append("</p><ul>");
        for (FollowUpView f : due) {
            PersonSummary p = names.get(f.person());
            String line = (f.overdue(day) ? "[overdue since " + f.dueOn() + "] " : "")
                    + (p == null ? "someone" : p.fullName())
                    + (f.note() == null ? "" : " — " + f.note());
            String link = properties.baseUrl() + "/people/" + f.person().value();
            text.append("- ").append(line).append("\n  ").append(link).append('\n');
            html.append("<li><a href=\"")
                    .append(HtmlUtils.htmlEscape(link))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(line))
                    .append("</a></li>");
        }
        html.append("</ul>");
        if (counts.total() > due.size()) {
            text.append("\n…and ").append(counts.total() - due.size()).append(" more.\n");
            html.append("<p>…and ").append(counts.total() - due.size()).append(" more.</p>");
        }
        text.append("\nOpen Rekindle: ").append(properties.baseUrl()).append("/\n");
        html.append("<p><a href=\"")
                .append(HtmlUtils.htmlEscape(properties.baseUrl()))
                .append("/\">Open Rekindle</a></p>");
        return new RenderedEmail(
                "Your day in Rekindle: " + counts.total() + " follow-ups", text.toString(), html.toString());
    }
}
