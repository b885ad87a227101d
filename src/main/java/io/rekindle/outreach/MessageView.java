package io.rekindle.outreach;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.UserId;
import java.time.Instant;

/** One message of the outbox as pages and other modules see it. */
public record MessageView(
        long id,
        PersonId person,
        OpeningId opening,
        UserId sender,
        String templateKey,
        String to,
        String subject,
        String bodyText,
        String messageId,
        MessageStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant queuedAt,
        Instant sentAt) {}
