package io.rekindle.followups;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.UserId;
import java.time.Instant;

public record TouchView(
        TouchId id,
        PersonId person,
        OpeningId opening,
        UserId by,
        Channel channel,
        Direction direction,
        TouchResult result,
        String summary,
        Instant occurredAt) {}
