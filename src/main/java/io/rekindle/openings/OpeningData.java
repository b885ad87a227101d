package io.rekindle.openings;

import io.rekindle.people.Location;
import io.rekindle.platform.UserId;
import java.time.LocalDate;
import java.util.List;

/** Everything a user sets on an opening. Dates may lie in the past for imported history; null openedOn is today. */
public record OpeningData(
        CompanyId company,
        String title,
        Location location,
        Integer radiusKm,
        boolean remote,
        List<String> skills,
        Seniority seniority,
        PayRange pay,
        String cultureNotes,
        String description,
        OpeningStatus status,
        LocalDate openedOn,
        LocalDate closedOn,
        UserId owner) {

    public OpeningData {
        skills = skills == null ? List.of() : skills;
        location = location == null ? Location.UNKNOWN : location;
        pay = pay == null ? PayRange.UNKNOWN : pay;
        status = status == null ? OpeningStatus.OPEN : status;
    }
}
