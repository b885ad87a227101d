package io.rekindle.people;

import com.fasterxml.jackson.annotation.JsonValue;

public record ResumeId(@JsonValue long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
