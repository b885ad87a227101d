package io.rekindle.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.openings.CompanyId;
import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.OpeningId;
import io.rekindle.openings.OpeningStatus;
import io.rekindle.openings.PayRange;
import io.rekindle.platform.SkillDictionary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fit part by part, with the embedding model: titles that mean the same, skills named in a job description. */
class FitTests {

    static final TitleFamilies titles = new TitleFamilies();
    static final SemanticSimilarity semantic = new SemanticSimilarity(true);
    static final Fit fit = new Fit(titles, new SkillDictionary(), semantic, new ProfileVectors(semantic));
    static final Ranking ranking = new Ranking(titles, null, fit, Clock.systemUTC(), null);

    @Test
    void aTitleWordedDifferentlyButMeaningTheSameJobScoresAboveAnUnrelatedOne() {
        Target target = ranking.target(
                opening("Software Engineer", "We build our platform in Java with Spring Boot and Kafka."));

        var developer = fit.score(
                target,
                person("Java Developer", "Java, Spring Boot, Hibernate, Kafka."),
                ProfileHistory.EMPTY,
                0.5,
                null);
        var accountant =
                fit.score(target, person("Accountant", "Tally, GST returns, audits."), ProfileHistory.EMPTY, 0.5, null);

        assertThat(developer.similarTitle()).isGreaterThan(accountant.similarTitle());
        assertThat(developer.matched()).contains("Java").hasSizeGreaterThanOrEqualTo(3);
        assertThat(accountant.matched()).isEmpty();
        assertThat(developer.total()).isGreaterThan(accountant.total());
    }

    @Test
    void withSemanticsOffEverySimilarityIsZero() {
        var off = new SemanticSimilarity(false);

        assertThat(off.similarity("Software Engineer", "Software Developer")).isZero();
    }

    static OpeningDetails opening(String title, String description) {
        return new OpeningDetails(
                new OpeningId(1L),
                new CompanyId(1L),
                "Acme",
                title,
                null,
                null,
                null,
                true,
                List.of(),
                null,
                PayRange.UNKNOWN,
                null,
                description,
                OpeningStatus.OPEN,
                LocalDate.of(2026, 1, 1),
                null,
                null,
                0);
    }

    static ProfileData person(String title, String resume) {
        var c = titles.classify(title);
        return new ProfileData(
                1L,
                "Pat Doe",
                title,
                c.map(TitleFamilies.TitleClass::occupation).orElse(null),
                c.map(TitleFamilies.TitleClass::family).orElse(null),
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                0,
                null,
                null,
                0,
                null,
                null,
                resume,
                Instant.EPOCH);
    }
}
