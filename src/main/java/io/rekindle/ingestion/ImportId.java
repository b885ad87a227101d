package io.rekindle.ingestion;

/** Identifies one import: a file brought in, with its rows, progress and report. */
public record ImportId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
