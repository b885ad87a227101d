package io.rekindle.search;

import io.rekindle.openings.OpeningId;
import java.util.List;
import java.util.Map;

/**
 * Rediscovery for an opening: the ranked people, the people in an active process for another opening (shown apart),
 * and how many of the best candidates were left out and why (do not contact, placed in the last 12 months, already in
 * this pipeline, a culture-fit no from this client). The index found {@code matched} people, or at least that many
 * when {@code matchedExactly} is false (it stops counting past a thousand).
 */
public record RediscoveryResult(
        OpeningId opening,
        String label,
        List<RediscoveredPerson> ranked,
        List<RediscoveredPerson> inAnotherProcess,
        Map<String, Long> excluded,
        long matched,
        boolean matchedExactly) {}
