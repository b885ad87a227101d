package io.rekindle.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The content of a search profile. {@code history} is the JSON of {@link ProfileHistory}. */
record ProfileData(
        Long personId,
        String fullName,
        String title,
        String titleOccupation,
        String titleFamily,
        String employer,
        List<String> skills,
        List<String> tags,
        String city,
        String region,
        String country,
        Double latitude,
        Double longitude,
        Long ownerId,
        boolean doNotContact,
        String stageReached,
        String lastNoSide,
        String lastNoReason,
        java.time.LocalDate lastNoOn,
        LocalDate revisitOn,
        LocalDate placedOn,
        int activeCandidacies,
        int touches,
        Instant lastTouchAt,
        Instant lastReplyAt,
        int warmth,
        String historyText,
        String history,
        String resumeText,
        Instant personCreatedAt) {}
