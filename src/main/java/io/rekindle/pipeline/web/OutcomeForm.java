package io.rekindle.pipeline.web;

import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Side;
import java.time.LocalDate;

/**
 * The outcome form. {@code outcome} is {@code PLACED} or {@code SIDE:REASON} (e.g. {@code
 * CANDIDATE_DECLINED:HAPPY_WHERE_I_AM}), chosen from one grouped list.
 */
record OutcomeForm(String outcome, String note, String condition, LocalDate askAgainOn, LocalDate date) {

    static final String PLACED = "PLACED";

    boolean placed() {
        return PLACED.equals(outcome);
    }

    Side side() {
        return Side.valueOf(outcome.substring(0, outcome.indexOf(':')));
    }

    NoReason reason() {
        return NoReason.valueOf(outcome.substring(outcome.indexOf(':') + 1));
    }

    boolean valid() {
        if (outcome == null || outcome.isBlank()) {
            return false;
        }
        if (placed()) {
            return true;
        }
        try {
            return outcome.contains(":") && reason().fits(side());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
