package io.rekindle.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rekindle.support.EmbeddedPostgres;
import io.rekindle.support.TestData;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An import that makes the person table many times larger gets fresh planner statistics on the way, so duplicate
 * checks keep using their indexes instead of waiting for autovacuum.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@DirtiesContext
class PlannerStatisticsOnPostgresTests {

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tablesThatGrewInBulkAreAnalyzedAgain() {
        long before = manualAnalyses("person");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int batch = 0; batch < 3; batch++) {
            int from = batch * 500;
            people.createAll(IntStream.range(from, from + 500)
                    .mapToObj(i ->
                            TestData.person("Bulk Person " + run + " " + i, "bulk" + i + "." + run + "@example.com"))
                    .map(people::check)
                    .toList());
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String table : People.GROWING_TABLES) {
                assertThat(manualAnalyses(table)).as(table).isGreaterThan(before);
            }
        });
    }

    private long manualAnalyses(String table) {
        return jdbc.sql("select analyze_count from pg_stat_user_tables where relname = ?")
                .param(table)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }
}
