package io.rekindle.outreach;

import io.rekindle.people.PersonId;
import io.rekindle.people.TimelineContributor;
import io.rekindle.people.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Puts emails (queued, sent, refused…) and what came back on a person's timeline. */
@Component
class OutreachTimeline implements TimelineContributor {

    private final Outbox outbox;
    private final Replies replies;

    OutreachTimeline(Outbox outbox, Replies replies) {
        this.outbox = outbox;
        this.replies = replies;
    }

    @Override
    public List<TimelineEntry> timelineOf(PersonId person) {
        var entries = new ArrayList<TimelineEntry>();
        for (MessageView m : outbox.of(person)) {
            entries.add(new TimelineEntry(
                    m.sentAt() != null ? m.sentAt() : m.queuedAt(),
                    "email",
                    "timeline.outreach.email",
                    List.of(code("outreach.status." + m.status()), m.subject(), m.to()),
                    m.lastError(),
                    "/outreach/outbox/" + m.id()));
        }
        for (InboundView in : replies.of(person)) {
            entries.add(new TimelineEntry(
                    in.at(),
                    "email",
                    "timeline.outreach." + in.kind().name().toLowerCase().replace('_', '-'),
                    List.of(in.subject() == null ? "" : in.subject(), in.from() == null ? "" : in.from()),
                    in.excerpt(),
                    in.message() == null ? null : "/outreach/outbox/" + in.message()));
        }
        return entries;
    }

    private static DefaultMessageSourceResolvable code(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }
}
