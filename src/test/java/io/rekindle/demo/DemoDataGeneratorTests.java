package io.rekindle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.support.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class DemoDataGeneratorTests {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Map<String, Set<String>> REASONS_BY_SIDE = Map.of(
            "CANDIDATE_DECLINED",
            Set.of(
                    "HAPPY_WHERE_I_AM",
                    "NOT_THIS_ROLE",
                    "COMPENSATION",
                    "LOCATION",
                    "TIMING",
                    "DECLINED_OFFER",
                    "OTHER"),
            "WE_PASSED",
            Set.of("SKILLS", "EXPERIENCE", "CULTURE_FIT", "OTHER"),
            "CLIENT_REJECTED",
            Set.of("SKILLS", "EXPERIENCE", "CULTURE_FIT", "OTHER"),
            "NO_RESPONSE",
            Set.of("NO_RESPONSE"));
    private static final List<String> SEQUENCED_TABLES = List.of(
            "app_user", "person", "company", "company_contact", "opening", "candidacy", "candidacy_step", "touch");

    @Test
    void demoAgencyIsAliveAndTellsTheFirstTwoStories() {
        DataSource dataSource = migratedH2();
        LoadResult result = new DemoDataGenerator(dataSource, CLOCK, 42).loadDemo();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(count(jdbc, "select count(*) from person"))
                .isBetween(270L, 330L)
                .isEqualTo(result.people());
        assertThat(jdbc.queryForList("select username from app_user order by username", String.class))
                .containsExactly("james", "maria", "priya");
        assertThat(jdbc.queryForList("select password_hash from app_user", String.class))
                .allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}"));
        assertThat(count(jdbc, "select count(*) from company")).isBetween(20L, 30L);
        assertThat(count(jdbc, "select count(*) from opening")).isBetween(25L, 35L);
        assertThat(count(jdbc, "select count(*) from person where do_not_contact"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count(jdbc, "select count(*) from candidacy where status = 'PLACED'"))
                .isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForList("select distinct role from company_contact", String.class))
                .containsExactlyInAnyOrder("HIRING_MANAGER", "HR", "RECRUITER", "EXECUTIVE", "OTHER");

        assertTouchesSpreadOverTwoYearsAndNoneInTheFuture(jdbc);
        assertNoTouchAfterDoNotContact(jdbc);
        assertOutcomesAreConsistent(jdbc);
        assertStepsFollowEachCandidacy(jdbc);
        assertStoryOne(jdbc);
        assertStoryTwo(jdbc);
        assertSequencesRestartedPastTheIds(jdbc, "select next value for %s_seq");
    }

    @Test
    void demoIsTheSameForTheSameSeedAndClock() {
        DataSource first = migratedH2();
        DataSource second = migratedH2();
        new DemoDataGenerator(first, CLOCK, 7).loadDemo();
        new DemoDataGenerator(second, CLOCK, 7).loadDemo();
        assertThat(fingerprint(new JdbcTemplate(first))).isEqualTo(fingerprint(new JdbcTemplate(second)));
        assertThat(new DemoDataGenerator(first, CLOCK, 7).hasPeople()).isTrue();
    }

    @Test
    void syntheticPeopleGetAboutTenTouchesEachOnH2() {
        DataSource dataSource = migratedH2();
        LoadResult result = new DemoDataGenerator(dataSource, CLOCK, 1).loadPeople(2_000);
        assertSyntheticLoad(new JdbcTemplate(dataSource), result, "select next value for %s_seq");
        DataSource again = migratedH2();
        new DemoDataGenerator(again, CLOCK, 1).loadPeople(2_000);
        assertThat(fingerprint(new JdbcTemplate(again))).isEqualTo(fingerprint(new JdbcTemplate(dataSource)));
    }

    @Test
    void syntheticPeopleLoadIntoPostgresWithCopy() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            migrate(dataSource);
            LoadResult result = new DemoDataGenerator(dataSource, CLOCK, 1).loadPeople(2_000);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            assertSyntheticLoad(jdbc, result, "select nextval('%s_seq')");
            assertThat(count(jdbc, "select count(*) from touch where summary like '%''%'"))
                    .as("quotes survive COPY")
                    .isPositive();
        }
    }

    private static void assertSyntheticLoad(JdbcTemplate jdbc, LoadResult result, String nextValueSql) {
        assertThat(count(jdbc, "select count(*) from person")).isEqualTo(2_000).isEqualTo(result.people());
        assertThat(count(jdbc, "select count(*) from touch"))
                .isBetween(18_000L, 22_000L)
                .isEqualTo(result.touches());
        assertThat(count(jdbc, "select count(*) from company")).isEqualTo(40);
        assertThat(count(jdbc, "select count(*) from opening")).isEqualTo(100);
        assertThat(count(jdbc, "select count(*) from candidacy")).isBetween(1_000L, 1_800L);
        List<String> emails = emails(jdbc);
        assertThat(emails).hasSizeGreaterThanOrEqualTo(2_000).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select max(occurred_at) from touch", OffsetDateTime.class)
                        .toInstant())
                .isBefore(NOW);
        assertOutcomesAreConsistent(jdbc);
        assertSequencesRestartedPastTheIds(jdbc, nextValueSql);
    }

    private static List<String> emails(JdbcTemplate jdbc) {
        return jdbc
                .query("select emails from person", (rs, n) ->
                        (Object[]) rs.getArray(1).getArray())
                .stream()
                .flatMap(Arrays::stream)
                .map(String.class::cast)
                .toList();
    }

    private static void assertTouchesSpreadOverTwoYearsAndNoneInTheFuture(JdbcTemplate jdbc) {
        List<Instant> times = jdbc.queryForList("select occurred_at from touch", OffsetDateTime.class).stream()
                .map(OffsetDateTime::toInstant)
                .toList();
        assertThat(times).hasSizeGreaterThan(1_500).allSatisfy(t -> assertThat(t)
                .isBefore(NOW));
        assertThat(times).allSatisfy(t -> assertThat(t).isAfter(NOW.minus(800, ChronoUnit.DAYS)));
        Map<Long, Long> perQuarter = times.stream()
                .collect(Collectors.groupingBy(t -> ChronoUnit.DAYS.between(t, NOW) / 92, Collectors.counting()));
        for (long quarter = 0; quarter < 8; quarter++) {
            assertThat(perQuarter.getOrDefault(quarter, 0L))
                    .as("touches in quarter %d", quarter)
                    .isPositive();
        }
    }

    private static void assertNoTouchAfterDoNotContact(JdbcTemplate jdbc) {
        assertThat(
                        count(
                                jdbc,
                                """
                select count(*) from touch t join person p on p.id = t.person_id
                where p.do_not_contact and t.occurred_at > p.do_not_contact_since + 1"""))
                .isZero();
    }

    private static void assertOutcomesAreConsistent(JdbcTemplate jdbc) {
        List<Map<String, Object>> ended = jdbc.queryForList(
                "select stage, outcome_side, outcome_reason, outcome_on, ended_at from candidacy where status = 'ENDED'");
        assertThat(ended).isNotEmpty().allSatisfy(row -> {
            String side = (String) row.get("outcome_side");
            String reason = (String) row.get("outcome_reason");
            assertThat(REASONS_BY_SIDE).containsKey(side);
            assertThat(REASONS_BY_SIDE.get(side)).contains(reason);
            if ("DECLINED_OFFER".equals(reason)) {
                assertThat(row.get("stage")).isEqualTo("OFFERED");
            }
            assertThat(row.get("outcome_on")).isNotNull();
            assertThat(row.get("ended_at")).isNotNull();
        });
        assertThat(
                        count(
                                jdbc,
                                """
                select count(*) from candidacy where status = 'PLACED'
                and (stage <> 'PLACED' or outcome_side is not null or outcome_reason is not null or outcome_on is null)"""))
                .isZero();
        assertThat(count(jdbc, "select count(*) from candidacy where status = 'ACTIVE' and ended_at is not null"))
                .isZero();
        assertThat(
                        count(
                                jdbc,
                                """
                select count(*) from candidacy c join opening o on o.id = c.opening_id
                where c.company_id <> o.company_id"""))
                .isZero();
    }

    private static void assertStepsFollowEachCandidacy(JdbcTemplate jdbc) {
        long candidacies = count(jdbc, "select count(*) from candidacy");
        assertThat(count(jdbc, "select count(*) from candidacy_step where kind = 'ADDED' and stage = 'SOURCED'"))
                .isEqualTo(candidacies);
        assertThat(count(jdbc, "select count(*) from candidacy_step where kind = 'ENDED'"))
                .isEqualTo(count(jdbc, "select count(*) from candidacy where status <> 'ACTIVE'"));
        assertThat(
                        count(
                                jdbc,
                                """
                select count(*) from candidacy c join candidacy_step s on s.candidacy_id = c.id
                where s.occurred_at < c.added_at or (c.ended_at is not null and s.occurred_at > c.ended_at)
                   or (s.kind = 'ENDED' and s.occurred_at <> c.ended_at)"""))
                .isZero();
        Set<String> combos = Set.copyOf(jdbc.queryForList(
                "select distinct outcome_side || '/' || outcome_reason from candidacy where status = 'ENDED'",
                String.class));
        assertThat(combos).hasSize(16);
    }

    private static void assertStoryOne(JdbcTemplate jdbc) {
        assertThat(
                        count(
                                jdbc,
                                """
                select count(*) from person where city = 'Chicago' and current_title like '%Account Executive'"""))
                .isGreaterThanOrEqualTo(5);
        List<Map<String, Object>> noes = jdbc.queryForList(
                """
                select c.person_id, c.opening_id, c.company_id, c.ended_at from candidacy c
                join person p on p.id = c.person_id join opening o on o.id = c.opening_id
                where p.city = 'Chicago' and p.current_title = 'Account Executive' and o.title = 'Account Executive'
                  and c.outcome_side = 'CANDIDATE_DECLINED' and c.outcome_reason = 'HAPPY_WHERE_I_AM'""");
        Map<String, Object> story = noes.stream()
                .filter(row -> {
                    long days = ChronoUnit.DAYS.between(((OffsetDateTime) row.get("ended_at")).toInstant(), NOW);
                    return days >= 255 && days <= 290;
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Chicago Account Executive said no 9 months ago"));
        List<Map<String, Object>> touches = jdbc.queryForList(
                "select result, occurred_at from touch where person_id = ? and opening_id = ? order by occurred_at",
                story.get("person_id"),
                story.get("opening_id"));
        OffsetDateTime endedAt = (OffsetDateTime) story.get("ended_at");
        long unansweredFollowUps = touches.stream()
                .skip(1)
                .filter(t -> ((OffsetDateTime) t.get("occurred_at")).isBefore(endedAt))
                .filter(t -> Set.of("NO_ANSWER", "VOICEMAIL").contains(t.get("result")))
                .count();
        assertThat(unansweredFollowUps).isEqualTo(3);
        assertThat(count(
                        jdbc,
                        """
                select count(*) from opening where title = 'Account Executive' and city = 'Chicago' and status = 'OPEN'
                and company_id <> ? and opened_on > ?""",
                        story.get("company_id"),
                        NOW.minus(60, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC).toLocalDate()))
                .isPositive();
    }

    private static void assertStoryTwo(JdbcTemplate jdbc) {
        List<Map<String, Object>> silver = jdbc.queryForList(
                """
                select company_id, ended_at from candidacy
                where outcome_reason = 'DECLINED_OFFER' and stage = 'OFFERED'""");
        assertThat(silver).anySatisfy(row -> {
            long days = ChronoUnit.DAYS.between(((OffsetDateTime) row.get("ended_at")).toInstant(), NOW);
            assertThat(days).isBetween(330L, 400L);
            assertThat(count(
                            jdbc,
                            "select count(*) from opening where company_id = ? and status = 'OPEN'",
                            row.get("company_id")))
                    .isPositive();
        });
    }

    private static void assertSequencesRestartedPastTheIds(JdbcTemplate jdbc, String nextValueSql) {
        for (String table : SEQUENCED_TABLES) {
            long maxId = count(jdbc, "select coalesce(max(id), 0) from " + table);
            assertThat(count(jdbc, nextValueSql.formatted(table))).as(table).isGreaterThan(maxId);
        }
    }

    private static String fingerprint(JdbcTemplate jdbc) {
        return jdbc.queryForList(
                        """
                select (select count(*) from person) || ':' || (select sum(length(full_name)) from person) || ':'
                    || (select count(*) from touch) || ':' || (select sum(length(summary)) from touch) || ':'
                    || (select count(*) from candidacy) || ':' || (select max(occurred_at) from touch) as f""",
                        String.class)
                .get(0);
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    private static DataSource migratedH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:demo-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        migrate(dataSource);
        return dataSource;
    }

    private static void migrate(DataSource dataSource) {
        Migrations.migrate(dataSource);
    }
}
