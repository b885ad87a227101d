package io.rekindle.openings;

public enum OpeningStatus {
    OPEN,
    ON_HOLD,
    FILLED,
    CLOSED;

    public boolean ended() {
        return this == FILLED || this == CLOSED;
    }
}
