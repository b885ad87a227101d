package io.rekindle.people;

import io.rekindle.platform.GeoPoint;
import io.rekindle.platform.UserId;
import java.time.Instant;
import java.util.List;

/** A person as a row of a list or a card on a board. */
public record PersonSummary(
        PersonId id,
        String fullName,
        String currentTitle,
        String currentEmployer,
        Location location,
        GeoPoint point,
        String email,
        List<String> tags,
        UserId owner,
        boolean doNotContact,
        Instant updatedAt) {}
