package io.rekindle.openings;

import com.fasterxml.jackson.annotation.JsonValue;

public record OpeningId(@JsonValue long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
