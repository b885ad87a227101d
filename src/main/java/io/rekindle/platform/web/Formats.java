package io.rekindle.platform.web;

import io.rekindle.platform.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and ages in the signed-in user's time zone and locale, for templates as {@code @fmt}. */
@Component("fmt")
public class Formats {

    private final Clock clock;

    Formats(Clock clock) {
        this.clock = clock;
    }

    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .format(at.atZone(CurrentUser.zone()));
    }

    public String date(Instant at) {
        return at == null ? "" : date(at.atZone(CurrentUser.zone()).toLocalDate());
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(date);
    }

    public String isoDate(Instant at) {
        return at == null ? "" : at.atZone(CurrentUser.zone()).toLocalDate().toString();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CurrentUser.zone()));
    }

    /** "3 days ago", "9 months ago": how long ago something happened, in words. */
    public String ago(Instant at) {
        if (at == null) {
            return "";
        }
        Duration d = Duration.between(at, clock.instant());
        if (d.isNegative() || d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return plural(d.toMinutes(), "minute");
        }
        if (d.toDays() < 1) {
            return plural(d.toHours(), "hour");
        }
        return ago(at.atZone(CurrentUser.zone()).toLocalDate());
    }

    public String ago(LocalDate date) {
        if (date == null) {
            return "";
        }
        Period p = Period.between(date, today());
        if (p.isNegative()) {
            return "in the future";
        }
        if (p.toTotalMonths() >= 12) {
            return plural(p.getYears(), "year");
        }
        if (p.toTotalMonths() >= 1) {
            return plural(p.toTotalMonths(), "month");
        }
        return p.getDays() == 0 ? "today" : plural(p.getDays(), "day");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s") + " ago";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
