package io.rekindle.search;

import io.rekindle.people.PersonId;
import java.util.List;

/**
 * A person found for an opening: score 0 to 100 (fit and readiness), the explanation in plain words, and the parts
 * it was made of.
 */
public record RediscoveredPerson(
        PersonId id,
        String fullName,
        String title,
        String employer,
        String city,
        double score,
        double fit,
        double readiness,
        Double distanceKm,
        boolean revisitOpen,
        boolean silverMedalist,
        String explanation,
        List<String> reasons) {}
