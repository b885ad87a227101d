package io.rekindle.outreach;

import io.rekindle.people.Location;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * When emails may reach a recipient: working hours on working days in their time zone. The zone comes from where
 * they live (country, and the state or province in North America and Australia); unknown places use the sender's.
 */
final class SendingWindow {

    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("US", "America/New_York"),
            Map.entry("CA", "America/Toronto"),
            Map.entry("MX", "America/Mexico_City"),
            Map.entry("BR", "America/Sao_Paulo"),
            Map.entry("AR", "America/Argentina/Buenos_Aires"),
            Map.entry("GB", "Europe/London"),
            Map.entry("IE", "Europe/Dublin"),
            Map.entry("PT", "Europe/Lisbon"),
            Map.entry("ES", "Europe/Madrid"),
            Map.entry("FR", "Europe/Paris"),
            Map.entry("BE", "Europe/Brussels"),
            Map.entry("NL", "Europe/Amsterdam"),
            Map.entry("DE", "Europe/Berlin"),
            Map.entry("CH", "Europe/Zurich"),
            Map.entry("AT", "Europe/Vienna"),
            Map.entry("IT", "Europe/Rome"),
            Map.entry("DK", "Europe/Copenhagen"),
            Map.entry("SE", "Europe/Stockholm"),
            Map.entry("NO", "Europe/Oslo"),
            Map.entry("FI", "Europe/Helsinki"),
            Map.entry("PL", "Europe/Warsaw"),
            Map.entry("CZ", "Europe/Prague"),
            Map.entry("RO", "Europe/Bucharest"),
            Map.entry("GR", "Europe/Athens"),
            Map.entry("UA", "Europe/Kyiv"),
            Map.entry("TR", "Europe/Istanbul"),
            Map.entry("IL", "Asia/Jerusalem"),
            Map.entry("AE", "Asia/Dubai"),
            Map.entry("IN", "Asia/Kolkata"),
            Map.entry("SG", "Asia/Singapore"),
            Map.entry("CN", "Asia/Shanghai"),
            Map.entry("HK", "Asia/Hong_Kong"),
            Map.entry("JP", "Asia/Tokyo"),
            Map.entry("KR", "Asia/Seoul"),
            Map.entry("AU", "Australia/Sydney"),
            Map.entry("NZ", "Pacific/Auckland"),
            Map.entry("ZA", "Africa/Johannesburg"),
            Map.entry("NG", "Africa/Lagos"),
            Map.entry("KE", "Africa/Nairobi"));

    private static final Set<String> US_CENTRAL =
            Set.of("AL", "AR", "IL", "IA", "KS", "LA", "MN", "MS", "MO", "NE", "ND", "OK", "SD", "TN", "TX", "WI");
    private static final Set<String> US_MOUNTAIN = Set.of("CO", "ID", "MT", "NM", "UT", "WY");
    private static final Set<String> US_PACIFIC = Set.of("CA", "NV", "OR", "WA");

    private final LocalTime start;
    private final LocalTime end;
    private final Set<DayOfWeek> days;

    SendingWindow(OutreachProperties properties) {
        this.start = properties.windowStart();
        this.end = properties.windowEnd();
        this.days = properties.windowDays();
    }

    static ZoneId zoneOf(Location location, ZoneId fallback) {
        if (location == null || location.country() == null) {
            return fallback;
        }
        String country = location.country().toUpperCase();
        String region = location.region() == null ? "" : location.region().toUpperCase();
        if (country.equals("US")) {
            if (region.equals("AZ")) {
                return ZoneId.of("America/Phoenix");
            }
            if (region.equals("HI")) {
                return ZoneId.of("Pacific/Honolulu");
            }
            if (region.equals("AK")) {
                return ZoneId.of("America/Anchorage");
            }
            if (US_CENTRAL.contains(region)) {
                return ZoneId.of("America/Chicago");
            }
            if (US_MOUNTAIN.contains(region)) {
                return ZoneId.of("America/Denver");
            }
            if (US_PACIFIC.contains(region)) {
                return ZoneId.of("America/Los_Angeles");
            }
        }
        if (country.equals("CA")) {
            switch (region) {
                case "BC" -> {
                    return ZoneId.of("America/Vancouver");
                }
                case "AB" -> {
                    return ZoneId.of("America/Edmonton");
                }
                case "MB", "SK" -> {
                    return ZoneId.of("America/Winnipeg");
                }
                case "NS", "NB", "PE" -> {
                    return ZoneId.of("America/Halifax");
                }
                default -> {}
            }
        }
        if (country.equals("AU")) {
            switch (region) {
                case "WA" -> {
                    return ZoneId.of("Australia/Perth");
                }
                case "SA", "NT" -> {
                    return ZoneId.of("Australia/Adelaide");
                }
                case "QLD" -> {
                    return ZoneId.of("Australia/Brisbane");
                }
                default -> {}
            }
        }
        String zone = COUNTRIES.get(country);
        return zone == null ? fallback : ZoneId.of(zone);
    }

    /** Now when the window is open in that zone, else the moment it next opens. */
    Instant nextOpening(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate today = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (days.contains(today.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end)) {
            return now;
        }
        for (int d = 0; d <= 7; d++) {
            LocalDate day = today.plusDays(d);
            if (!days.contains(day.getDayOfWeek()) || (d == 0 && !time.isBefore(start))) {
                continue;
            }
            return day.atTime(start).atZone(zone).toInstant();
        }
        return now;
    }
}
