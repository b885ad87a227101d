package io.rekindle.pipeline;

/** Where a candidacy stands, in the order it usually moves. */
public enum Stage {
    SOURCED,
    CONTACTED,
    INTERESTED,
    SUBMITTED,
    INTERVIEWING,
    OFFERED,
    PLACED;

    public boolean isLate() {
        return this == INTERVIEWING || this == OFFERED;
    }
}
