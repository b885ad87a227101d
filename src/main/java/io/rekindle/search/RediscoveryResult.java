package io.rekindle.search;

import io.rekindle.openings.OpeningId;
import java.util.List;
import java.util.Map;

/**
 * Rediscovery for an opening: the ranked people, the people in an active process for another opening (shown apart),
 * and how many were left out and why (do not contact, placed in the last 12 months, already in this pipeline, a
 * culture-fit no from this client), out of {@code matched} people the index found.
 */
public record RediscoveryResult(
        OpeningId opening,
        String label,
        List<RediscoveredPerson> ranked,
        List<RediscoveredPerson> inAnotherProcess,
        Map<String, Long> excluded,
        long matched) {}
