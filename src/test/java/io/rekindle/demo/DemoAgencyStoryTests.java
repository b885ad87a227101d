package io.rekindle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.followups.FollowUpView;
import io.rekindle.followups.FollowUps;
import io.rekindle.followups.RevisitView;
import io.rekindle.followups.Revisits;
import io.rekindle.people.People;
import io.rekindle.people.PersonFilter;
import io.rekindle.people.PersonSummary;
import io.rekindle.pipeline.NoReason;
import io.rekindle.support.MutableClock;
import io.rekindle.support.TestClockConfiguration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.TestPropertySource;

/** The demo agency, loaded in bulk, comes alive: its old nos get revisit dates and the due ones become follow-ups. */
@SpringBootTest
@Import(TestClockConfiguration.class)
@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:demo-story;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DemoAgencyStoryTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    @Autowired
    Revisits revisits;

    @Autowired
    FollowUps followUps;

    @Autowired
    People people;

    @Test
    void danaWhoSaidNoNineMonthsAgoIsDueForACallAgain() {
        new DemoDataGenerator(dataSource, clock, 42).loadDemo();
        assertThat(revisits.backfill()).isGreaterThan(50);
        assertThat(revisits.backfill()).as("idempotent").isZero();

        PersonSummary dana = people.find(
                        new PersonFilter(DemoAgency.STORY_ONE_NAME, null, null, null, null), Pageable.unpaged())
                .getContent()
                .get(0);
        RevisitView revisit = revisits.latest(dana.id()).orElseThrow();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assertThat(revisit.reason()).isEqualTo(NoReason.HAPPY_WHERE_I_AM);
        assertThat(revisit.open(today)).isTrue();

        assertThat(revisits.materializeDue(today)).isPositive();
        assertThat(followUps.openFor(dana.id()))
                .extracting(FollowUpView::note)
                .singleElement()
                .asString()
                .startsWith("Candidate declined: happy where I am — Account Executive at")
                .containsPattern("[89] months ago");
    }
}
