package io.rekindle.openings;

public record OpeningId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
