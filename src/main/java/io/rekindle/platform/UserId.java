package io.rekindle.platform;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a user of Rekindle (a recruiter or an admin). */
public record UserId(@JsonValue long value) {

    public static UserId of(Long value) {
        return value == null ? null : new UserId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
