package io.rekindle.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rediscovery finds the right people in a real resume set: for an opening per category, given as the title a
 * recruiter would type or as a full job description, the people of that category come first (nDCG@10 macro-averaged
 * over the 25 categories; see {@link RediscoveryQuality} and docs/benchmarks.md). Uses the embedding model.
 */
class RediscoveryQualityTests {

    static RediscoveryQuality quality;

    @BeforeAll
    static void load() {
        quality = new RediscoveryQuality(true);
    }

    @Test
    void aTitleARecruiterTypesFindsThePeopleOfThatKindFirst() {
        var all = quality.ranked("all", FitParts.ALL);

        assertThat(all.titleNdcg()).as("nDCG@10 by title").isGreaterThanOrEqualTo(0.92);
        assertThat(all.titleNdcg()).isGreaterThan(quality.bm25().titleNdcg());
    }

    @Test
    void aFullJobDescriptionFindsThemToo() {
        var all = quality.ranked("all", FitParts.ALL);

        assertThat(all.jdNdcg()).as("nDCG@10 by job description").isGreaterThanOrEqualTo(0.5);
        assertThat(all.jdNdcg())
                .as("better than the words alone")
                .isGreaterThan(quality.ranked("lexical", FitParts.LEXICAL).jdNdcg());
    }
}
