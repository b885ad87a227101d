package io.rekindle.ingestion.imports;

import io.rekindle.platform.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Reading typed values out of cells: enum names in any case, dates in the shapes exports write. */
final class Values {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MM-dd-uu", Locale.ENGLISH));

    private Values() {}

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    type.getSimpleName().toLowerCase(Locale.ROOT),
                    "'" + value.strip() + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** An instant from an ISO timestamp or a date (at noon in the clock's zone); null for a blank cell (now). */
    static Instant instant(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // not an offset timestamp
        }
        try {
            return LocalDateTime.parse(v).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException ignored) {
            // not a local timestamp
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(v, format)
                        .atTime(12, 0)
                        .atZone(clock.getZone())
                        .toInstant();
            } catch (DateTimeParseException ignored) {
                // next shape
            }
        }
        throw InvalidInputException.of("date", "'" + v + "' is not a date");
    }
}
