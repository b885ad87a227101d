package io.rekindle.outreach;

import io.rekindle.people.PersonId;
import java.time.Instant;

/** Something that came back: a reply, an auto-reply or a bounce (or a reply logged by hand). */
public record InboundView(
        long id, Kind kind, PersonId person, Long message, String from, String subject, String excerpt, Instant at) {

    public enum Kind {
        REPLY,
        AUTO_REPLY,
        BOUNCE,
        UNMATCHED
    }
}
