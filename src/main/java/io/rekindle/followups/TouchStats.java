package io.rekindle.followups;

import io.rekindle.people.PersonId;
import java.time.Instant;

/** How often the agency touched a person and how often they answered. */
public record TouchStats(PersonId person, long touches, long responses, Instant lastTouchAt, Instant lastResponseAt) {

    public static TouchStats none(PersonId person) {
        return new TouchStats(person, 0, 0, null, null);
    }
}
