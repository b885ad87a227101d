package io.rekindle.followups;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import java.time.Instant;

/** A touch as a user logs it; {@code occurredAt} null means now, a past moment is history. */
public record TouchData(
        PersonId person,
        OpeningId opening,
        Channel channel,
        Direction direction,
        TouchResult result,
        String summary,
        Instant occurredAt) {}
