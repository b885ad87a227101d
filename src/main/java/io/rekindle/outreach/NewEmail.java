package io.rekindle.outreach;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.UserId;

/** An email to queue for a person from a template; {@code opening} is optional, {@code sender} null means the caller. */
public record NewEmail(PersonId person, OpeningId opening, long template, UserId sender) {}
