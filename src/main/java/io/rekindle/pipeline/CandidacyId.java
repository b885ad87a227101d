package io.rekindle.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;

public record CandidacyId(@JsonValue long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
