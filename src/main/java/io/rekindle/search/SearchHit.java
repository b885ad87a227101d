package io.rekindle.search;

import io.rekindle.people.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One person found, with what a recruiter scans a result list for. */
public record SearchHit(
        PersonId id,
        String fullName,
        String title,
        String employer,
        String city,
        String region,
        String country,
        List<String> skills,
        List<String> tags,
        Long owner,
        boolean doNotContact,
        String stageReached,
        String lastNoSide,
        String lastNoReason,
        LocalDate lastNoOn,
        LocalDate revisitOn,
        boolean revisitOpen,
        Instant lastTouchAt,
        Double distanceKm) {}
