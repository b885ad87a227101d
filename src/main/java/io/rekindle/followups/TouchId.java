package io.rekindle.followups;

import com.fasterxml.jackson.annotation.JsonValue;

public record TouchId(@JsonValue long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
