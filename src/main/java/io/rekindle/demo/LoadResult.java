package io.rekindle.demo;

import java.time.Duration;

/** What a load added, and how long it took. */
record LoadResult(
        long users,
        long people,
        long companies,
        long openings,
        long candidacies,
        long touches,
        long rows,
        Duration elapsed) {

    double rowsPerSecond() {
        return rows / Math.max(elapsed.toNanos() / 1e9, 1e-3);
    }

    @Override
    public String toString() {
        return String.format(
                "%,d people, %,d companies, %,d openings, %,d candidacies, %,d touches (%,d rows) in %.1f s,"
                        + " %,.0f rows/s",
                people, companies, openings, candidacies, touches, rows, elapsed.toMillis() / 1000.0, rowsPerSecond());
    }
}
