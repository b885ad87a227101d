package io.rekindle.followups;

public record TouchId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
