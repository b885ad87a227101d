package io.rekindle.pipeline;

import java.time.LocalDate;

/**
 * How a candidacy ended: placed, or a no with its side, reason, note, a condition the person gave ("vesting in 4
 * months"), the date they said to ask again (overriding the revisit policy) and the date of the outcome.
 */
public record Outcome(
        boolean placed, Side side, NoReason reason, String note, String condition, LocalDate askAgainOn, LocalDate on) {

    public static Outcome placed(String note, LocalDate on) {
        return new Outcome(true, null, null, note, null, null, on);
    }

    public static Outcome no(
            Side side, NoReason reason, String note, String condition, LocalDate askAgainOn, LocalDate on) {
        return new Outcome(false, side, reason, note, condition, askAgainOn, on);
    }
}
