package io.rekindle.ingestion;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one import: a file brought in, with its rows, progress and report. */
public record ImportId(@JsonValue long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
