package io.rekindle.people;

import java.time.Instant;
import java.util.List;

/** Two people kept apart who are likely the same human, as found by the duplicate scan. */
public record DuplicatePair(
        PersonSummary first, PersonSummary second, List<String> reasons, double score, Instant foundAt) {}
