package io.rekindle.demo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Loads a believable agency, or a large synthetic one, straight into the tables over JDBC. Ids continue after
 * what the tables and sequences already hold, and the sequences are moved past the new ids at the end. The same
 * seed, clock and starting ids give the same data.
 */
final class DemoDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final long seed;

    DemoDataGenerator(DataSource dataSource, Clock clock, long seed) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.seed = seed;
    }

    boolean hasPeople() {
        try (var connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id from person fetch first 1 rows only")) {
            return rs.next();
        } catch (SQLException e) {
            throw TableWriter.failed(e);
        }
    }

    /** About 300 people, 25 clients and 30 openings with two years of pipeline and touches. */
    LoadResult loadDemo() {
        return load(
                "demo agency",
                (agency, out) -> {
                    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
                    List<Long> users = Recruiters.ensure(
                            out, Recruiters.DEMO, () -> encoder.encode(Recruiters.PASSWORD), agency.daysAgo(800));
                    new DemoAgency(agency, out, new SplittableRandom(seed), users).load();
                },
                true);
    }

    /** {@code people} synthetic people with about ten touches each, and companies, openings and candidacies. */
    LoadResult loadPeople(int people) {
        if (people <= 0) {
            throw new IllegalArgumentException("people must be positive");
        }
        return load(
                people + " synthetic people",
                (agency, out) -> {
                    String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder()
                            .encode(Recruiters.PASSWORD);
                    List<Long> users = Recruiters.ensure(
                            out,
                            Recruiters.withExtras(SyntheticAgency.recruiters(people)),
                            () -> hash,
                            agency.daysAgo(800));
                    new SyntheticAgency(agency, out, seed, users, people).load(people);
                },
                false);
    }

    private interface Body {
        void load(RandomAgency agency, AgencyWriter out);
    }

    private LoadResult load(String what, Body body, boolean remember) {
        long started = System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        log.info("Loading {} (seed {}, now {})", what, seed, now);
        try (TableWriter tables = TableWriter.open(dataSource)) {
            Ids ids = Ids.read(tables);
            body.load(new RandomAgency(Samples.load(), now, remember), new AgencyWriter(tables, ids));
            ids.restartSequences(tables);
            LoadResult result = new LoadResult(
                    tables.count(Table.APP_USER),
                    tables.count(Table.PERSON),
                    tables.count(Table.COMPANY),
                    tables.count(Table.OPENING),
                    tables.count(Table.CANDIDACY),
                    tables.count(Table.TOUCH),
                    tables.rows(),
                    Duration.ofNanos(System.nanoTime() - started));
            log.info("Loaded {}: {}", what, result);
            return result;
        }
    }
}
