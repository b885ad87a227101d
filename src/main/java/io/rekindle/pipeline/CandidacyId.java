package io.rekindle.pipeline;

public record CandidacyId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
