package io.rekindle.openings;

import java.time.LocalDate;

/** A company's "not now": why, since when, and from when to ask again. */
public record NotNow(Reason reason, String note, LocalDate since, LocalDate until) {

    public enum Reason {
        HIRING_FREEZE,
        BUDGET,
        FILLED_INTERNALLY,
        REORGANIZATION,
        OTHER
    }

    public boolean over(LocalDate today) {
        return !until.isAfter(today);
    }
}
