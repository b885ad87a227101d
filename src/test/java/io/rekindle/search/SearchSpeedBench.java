package io.rekindle.search;

import ch.qos.logback.classic.Level;
import io.rekindle.RekindleApplication;
import io.rekindle.openings.OpeningId;
import io.rekindle.support.Benches;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures search and rediscovery on a large generated agency. Not a test: run it by hand, for example
 * {@code MAVEN_OPTS=-Xmx4g ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.rekindle.search.SearchSpeedBench -Dexec.args="--pgdata=/work/bench-data/pg
 * --data-dir=/work/bench-data/data --people=1000000"}.
 *
 * <p>Starts the application on embedded PostgreSQL (kept data directory, {@code synchronous_commit=off}; no
 * background jobs; a random HTTP port nobody calls), loads {@code --people} generated people with the demo generator
 * when the person table is empty, and times the index build: the start-up catch-up that builds every person's
 * search profile and indexes it (Lucene under {@code --data-dir}), waited for up to {@code --index-limit} seconds
 * (default 5400; measuring goes on with what was indexed by then). Then prints the heap used after a full GC, the
 * index size, p50/p95 of boolean searches ({@link PeopleSearch#search}, first page of 20 with facets) and of
 * rediscovery for open openings ({@link Rediscovery#forOpening(OpeningId, int)}, 20 people), and the same boolean
 * searches through PostgreSQL full-text search (a {@code tsvector} table over the same profiles with a GIN index,
 * built by this bench; top 20 by {@code ts_rank} with the match count) side by side.
 *
 * <p>Options: {@code --calls=N} measured calls per kind (default 200, after {@code --warmup=N}, default 40).
 */
final class SearchSpeedBench {

    /** The same searches in the recruiter's boolean syntax and in PostgreSQL's to_tsquery syntax. */
    static final List<String[]> QUERIES = List.of(
            new String[] {"title:\"account executive\" AND city:chicago", "account <-> executive & chicago"},
            new String[] {"java AND (spring OR kafka) NOT title:intern", "java & (spring | kafka) & !intern"},
            new String[] {"\"data scientist\" OR \"machine learning\"", "(data <-> scientist) | (machine <-> learning)"
            },
            new String[] {"skills:salesforce AND title:manager", "salesforce & manager"},
            new String[] {"python AND aws", "python & aws"},
            new String[] {"title:engineer* AND skills:kubernetes", "engineer:* & kubernetes"},
            new String[] {"(nurse OR \"registered nurse\") AND city:boston", "(nurse | (registered <-> nurse)) & boston"
            },
            new String[] {"\"product manager\" NOT title:senior", "(product <-> manager) & !senior"},
            new String[] {"accountant AND (cpa OR quickbooks)", "accountant & (cpa | quickbooks)"},
            new String[] {"devops AND (terraform OR kubernetes)", "devops & (terraform | kubernetes)"},
            new String[] {"title:designer AND figma", "designer & figma"},
            new String[] {"recruiter OR \"talent acquisition\"", "recruiter | (talent <-> acquisition)"},
            new String[] {"sales* AND city:\"new york\"", "sales:* & (new <-> york)"},
            new String[] {
                "\"customer success\" AND (gainsight OR churn)", "(customer <-> success) & (gainsight | churn)"
            },
            new String[] {"react AND typescript NOT angular", "react & typescript & !angular"},
            new String[] {"title:analyst AND (sql OR tableau)", "analyst & (sql | tableau)"});

    private SearchSpeedBench() {}

    public static void main(String[] args) {
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
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off");
        if (options.containsKey("pgdata")) {
            builder.setDataDirectory(Path.of(options.get("pgdata"))).setCleanDataDirectory(false);
        }
        try (EmbeddedPostgres postgres = builder.start()) {
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            run(jdbcUrl, options);
        }
    }

    private static void run(String url, Map<String, String> options) throws Exception {
        int people = Integer.parseInt(options.getOrDefault("people", "1000000").replace("_", ""));
        int calls = Integer.parseInt(options.getOrDefault("calls", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "40"));
        long indexLimit = Long.parseLong(options.getOrDefault("index-limit", "5400"));
        String dataDir = options.getOrDefault("data-dir", "/work/bench-data/data");
        var report = new ArrayList<String>() {
            @Override
            public boolean add(String line) {
                System.out.println(line);
                return super.add(line);
            }
        };

        List<String> appArgs = new ArrayList<>(List.of(
                Benches.asShipped(),
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--rekindle.data-dir=" + dataDir,
                "--rekindle.jobs.enabled=false",
                "--server.port=0",
                "--rekindle.admin-password=bench-password-1",
                "--spring.main.banner-mode=off"));
        long existing = count(url, "select count(*) from person");
        long profilesBefore = count(url, "select count(*) from search_profile");
        if (existing == 0) {
            appArgs.add("--people=" + people);
            System.out.printf("loading %,d people%n", people);
        }
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RekindleApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(appArgs.toArray(String[]::new));
        if (existing == 0) {
            report.add(String.format("load %,d people (with start-up): %.1f s", people, seconds(started)));
        }
        try (context) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long persons =
                    jdbc.sql("select count(*) from person").query(Long.class).single();
            long t0 = System.nanoTime();
            long before = jdbc.sql("select count(*) from search_profile")
                    .query(Long.class)
                    .single();
            long indexed = waitForProfiles(jdbc, persons, indexLimit);
            if (options.containsKey("merge-segments")) {
                long merging = System.nanoTime();
                context.getBean(IndexMaintenance.class).merge();
                report.add(String.format("index merged into as few segments as it can: %.1f s", seconds(merging)));
            }
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                    .setLevel(Level.WARN);
            double took = seconds(t0);
            double rate = (indexed - before) / took;
            report.add(String.format(
                    "index build (start-up catch-up: profiles built from the modules' APIs and indexed): %,d more"
                            + " profiles in %.1f s (%.0f per s); %,d of %,d people indexed%s",
                    indexed - before,
                    took,
                    rate,
                    indexed,
                    persons,
                    indexed < persons
                            ? String.format(
                                    " (stopped waiting: the catch-up goes on during the measurements; all %,d at this"
                                            + " rate: %.0f min)",
                                    persons, persons / Math.max(rate, 1e-9) / 60)
                            : ""));
            System.gc();
            Thread.sleep(500);
            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            report.add(String.format(
                    "heap used after full GC: %,d MB (max %,d MB); index on disk: %,d MB",
                    heap.getUsed() >> 20, heap.getMax() >> 20, size(Path.of(dataDir, "index")) >> 20));

            PeopleSearch search = context.getBean(PeopleSearch.class);
            Rediscovery rediscovery = context.getBean(Rediscovery.class);
            double[] lucene = time(warmup, calls, i -> {
                var r = search.search(SearchRequest.query(QUERIES.get(i % QUERIES.size())[0]), 0, 20);
                return r.totalItems();
            });
            report.add(String.format(
                    "boolean search (%d queries in turn, page of 20 with facets), %d calls after %d warm-up: %s",
                    QUERIES.size(), calls, warmup, percentiles(lucene)));
            for (String[] q : QUERIES) {
                report.add(String.format(
                        "    %-50s %,9d hits",
                        q[0], search.search(SearchRequest.query(q[0]), 0, 20).totalItems()));
            }

            long t2 = System.nanoTime();
            List<String> distinct = jdbc.sql("select distinct title from search_profile where title is not null"
                            + " union select distinct title from opening")
                    .query(String.class)
                    .list();
            context.getBean(SemanticSimilarity.class).vectors(distinct);
            report.add(String.format(
                    "embedding the %,d distinct titles of people and openings (once; cached): %.1f s",
                    distinct.size(), seconds(t2)));
            List<Long> openings = jdbc.sql("select id from opening where status = 'OPEN' order by id")
                    .query(Long.class)
                    .list();
            report.add(String.format("open openings: %,d", openings.size()));
            var matched = new java.util.concurrent.atomic.AtomicLong();
            double[] rediscover = time(warmup, calls, i -> {
                var result = rediscovery.forOpening(new OpeningId(openings.get((i * 7919) % openings.size())), 20);
                matched.addAndGet(result.matched());
                return result.ranked().size();
            });
            report.add(String.format(
                    "rediscovery for an opening (20 people, from 200 candidates), %d calls after %d warm-up: %s;"
                            + " people matched by the candidate query (counted up to %,d): %,d on average",
                    calls, warmup, percentiles(rediscover), Rediscovery.COUNTED, matched.get() / (calls + warmup)));

            if (!options.containsKey("rediscovery-only")) {
                compareWithPostgres(jdbc, warmup, calls, lucene, report);
            }
            System.out.println();
            System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", max heap: "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB, java " + System.getProperty("java.version"));
            report.forEach(System.out::println);
        }
    }

    private static void compareWithPostgres(
            JdbcClient jdbc, int warmup, int calls, double[] lucene, List<String> report) throws Exception {
        long t1 = System.nanoTime();
        buildFullText(jdbc);
        report.add(String.format(
                "PostgreSQL full-text table (tsvector over the same profiles, GIN index) built in %.1f s",
                seconds(t1)));
        double[] postgres = time(warmup, calls, i -> {
            String q = QUERIES.get(i % QUERIES.size())[1];
            return (long) jdbc.sql("select person_id, count(*) over () from bench_fts, to_tsquery('english', ?) q"
                            + " where doc @@ q order by ts_rank(doc, q) desc limit 20")
                    .param(q)
                    .query((rs, n) -> rs.getLong(2))
                    .list()
                    .size();
        });
        report.add(String.format(
                "the same boolean searches on PostgreSQL full-text search (top 20 by ts_rank, with the count),"
                        + " %d calls after %d warm-up: %s",
                calls, warmup, percentiles(postgres)));
        double[] a = sorted(lucene);
        double[] b = sorted(postgres);
        report.add(String.format(
                "PostgreSQL FTS / Lucene: p50 %.1fx, p95 %.1fx", at(b, 0.5) / at(a, 0.5), at(b, 0.95) / at(a, 0.95)));
        for (String[] q : QUERIES) {
            long n = jdbc.sql("select count(*) from bench_fts where doc @@ to_tsquery('english', ?)")
                    .param(q[1])
                    .query(Long.class)
                    .single();
            report.add(String.format("    %-50s %,9d hits", q[1], n));
        }
    }

    /** Waits until every person has a profile (the catch-up indexes as it builds), printing progress each minute. */
    private static long waitForProfiles(JdbcClient jdbc, long persons, long limitSeconds) throws InterruptedException {
        long t0 = System.nanoTime();
        long n = 0;
        long lastPrint = 0;
        while (seconds(t0) < limitSeconds) {
            n = jdbc.sql("select count(*) from search_profile")
                    .query(Long.class)
                    .single();
            if (n >= persons) {
                // the last batch's index writes follow its commit
                Thread.sleep(2000);
                return n;
            }
            if (seconds(t0) - lastPrint >= 60) {
                lastPrint = (long) seconds(t0);
                System.out.printf("  [%5.0f s] %,d of %,d profiles%n", seconds(t0), n, persons);
            }
            Thread.sleep(5000);
        }
        return n;
    }

    private static void buildFullText(JdbcClient jdbc) {
        jdbc.sql("drop table if exists bench_fts").update();
        jdbc.sql("create table bench_fts as select person_id,"
                        + " setweight(to_tsvector('english', coalesce(title, '')), 'A')"
                        + " || setweight(to_tsvector('english', coalesce(replace(skills, '|', ' '), '')), 'B')"
                        + " || to_tsvector('english', coalesce(full_name, '') || ' ' || coalesce(employer, '') || ' '"
                        + " || coalesce(city, '') || ' ' || coalesce(replace(tags, '|', ' '), '') || ' '"
                        + " || coalesce(history_text, '') || ' ' || coalesce(left(resume_text, 100000), '')) as doc"
                        + " from search_profile")
                .update();
        jdbc.sql("create index bench_fts_doc on bench_fts using gin (doc)").update();
        jdbc.sql("analyze bench_fts").update();
    }

    interface Call {
        long call(int i) throws Exception;
    }

    private static double[] time(int warmup, int calls, Call call) throws Exception {
        for (int i = 0; i < warmup; i++) {
            call.call(i);
        }
        double[] ms = new double[calls];
        for (int i = 0; i < calls; i++) {
            long t0 = System.nanoTime();
            call.call(warmup + i);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    private static double[] sorted(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s;
    }

    private static double at(double[] sorted, double p) {
        return sorted[(int) Math.ceil(p * sorted.length) - 1];
    }

    private static String percentiles(double[] ms) {
        double[] s = sorted(ms);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", at(s, 0.5), at(s, 0.95), s[s.length - 1]);
    }

    private static long size(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static long count(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return 0; // no schema yet
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
