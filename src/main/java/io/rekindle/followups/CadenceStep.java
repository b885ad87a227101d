package io.rekindle.followups;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a cadence: which channel, how many business days after the previous step, and what to say. */
@Embeddable
public record CadenceStep(@Enumerated(EnumType.STRING) Channel channel, int waitDays, String script) {}
