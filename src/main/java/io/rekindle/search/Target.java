package io.rekindle.search;

import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.Seniority;
import java.util.Map;
import java.util.Set;

/**
 * An opening as ranking reads it: its title's occupation and family, level, skills (lower-case; {@code skillNames}
 * gives each one's canonical spelling, from the opening's list and the skills its description names), place, pay and
 * the short text its meaning is compared by.
 */
record Target(
        OpeningDetails opening,
        String titleKey,
        String occupation,
        String family,
        Seniority seniority,
        Set<String> skills,
        Map<String, String> skillNames,
        Coordinates point,
        double radiusKm,
        String text) {}
