package io.rekindle.openings;

import io.rekindle.people.Location;
import io.rekindle.platform.GeoPoint;
import io.rekindle.platform.UserId;
import java.time.LocalDate;
import java.util.List;

public record OpeningDetails(
        OpeningId id,
        CompanyId company,
        String companyName,
        String title,
        Location location,
        GeoPoint point,
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
        UserId owner,
        long version) {

    public String label() {
        return title + " at " + companyName;
    }
}
