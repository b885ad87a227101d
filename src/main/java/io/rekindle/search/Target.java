package io.rekindle.search;

import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.Seniority;
import java.util.Set;

/** An opening as ranking reads it: its title's occupation and family, level, skills, place and pay. */
record Target(
        OpeningDetails opening,
        String titleKey,
        String occupation,
        String family,
        Seniority seniority,
        Set<String> skills,
        Coordinates point,
        double radiusKm) {}
