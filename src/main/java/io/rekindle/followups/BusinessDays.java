package io.rekindle.followups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts business days: Monday to Friday, less the agency's holidays. */
@Component
class BusinessDays {

    private final JdbcClient jdbc;

    BusinessDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The day {@code days} business days after {@code from}; 0 is {@code from} itself, or the next business day. */
    LocalDate plus(LocalDate from, int days) {
        Set<LocalDate> holidays = holidays(from, from.plusDays(days * 2L + 30));
        LocalDate day = from;
        while (!isBusinessDay(day, holidays)) {
            day = day.plusDays(1);
        }
        for (int i = 0; i < days; i++) {
            do {
                day = day.plusDays(1);
            } while (!isBusinessDay(day, holidays));
        }
        return day;
    }

    private Set<LocalDate> holidays(LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("select holiday_on from holiday where holiday_on between ? and ?")
                .params(from, to)
                .query(LocalDate.class)
                .list());
    }

    static boolean isBusinessDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    void addHoliday(LocalDate day, String name) {
        jdbc.sql("insert into holiday (holiday_on, name) values (?, ?)")
                .params(day, name)
                .update();
    }
}
