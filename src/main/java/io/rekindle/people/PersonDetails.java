package io.rekindle.people;

import io.rekindle.platform.GeoPoint;
import io.rekindle.platform.UserId;
import java.time.Instant;
import java.util.List;

public record PersonDetails(
        PersonId id,
        String fullName,
        List<String> emails,
        List<Phone> phones,
        String currentTitle,
        String currentEmployer,
        Location location,
        GeoPoint point,
        List<String> skills,
        List<String> tags,
        String source,
        UserId owner,
        Consent consent,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public String headline() {
        if (currentTitle != null && currentEmployer != null) {
            return currentTitle + " at " + currentEmployer;
        }
        return currentTitle != null ? currentTitle : currentEmployer;
    }
}
