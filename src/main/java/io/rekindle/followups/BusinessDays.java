package io.rekindle.followups;

import io.rekindle.platform.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts business days: Monday to Friday, less the agency's holidays (which admins keep). */
@Component
public class BusinessDays {

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

    /** The holidays from a day on, in date order. */
    public List<Holiday> holidaysFrom(LocalDate from) {
        return jdbc.sql("select holiday_on, name from holiday where holiday_on >= ? order by holiday_on")
                .params(from)
                .query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2)))
                .list();
    }

    @Transactional
    public void addHoliday(LocalDate day, String name) {
        if (day == null) {
            throw InvalidInputException.of("day", "must be a date");
        }
        if (name == null || name.isBlank() || name.length() > 120) {
            throw InvalidInputException.of("name", "must have 1 to 120 characters");
        }
        jdbc.sql("delete from holiday where holiday_on = ?").params(day).update();
        jdbc.sql("insert into holiday (holiday_on, name) values (?, ?)")
                .params(day, name.strip())
                .update();
    }

    @Transactional
    public void removeHoliday(LocalDate day) {
        jdbc.sql("delete from holiday where holiday_on = ?").params(day).update();
    }

    public record Holiday(LocalDate day, String name) {}
}
