package io.rekindle.followups;

import io.rekindle.people.PersonId;
import io.rekindle.platform.UserId;
import java.time.LocalDate;

/**
 * A cadence step fell due and became a follow-up for its owner; modules that can carry it out (outreach, for an email
 * step) listen. {@code step} counts from 0; {@code enrollment} and {@code step} together identify it.
 */
public record CadenceStepDue(
        long enrollment, int step, PersonId person, UserId owner, Channel channel, String script, LocalDate dueOn) {}
