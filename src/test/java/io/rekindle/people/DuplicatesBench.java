package io.rekindle.people;

import io.rekindle.support.Migrations;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Measures duplicate checks on a generated agency. Not a test: run it by hand, for example
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.rekindle.people.DuplicatesBench -Dexec.args="--url=jdbc:h2:file:/tmp/rekindle-dups/db
 * --people=100000"}, after loading the people with {@code io.rekindle.demo.DemoLoadBench} on the same URL. Keys them, then times
 * the lookup among people kept that {@link Duplicates#likelyDuplicatesInBatch} makes ({@code DuplicateMatcher.match}) on
 * batches of 1,000 (half near-copies of kept people, half new) and the
 * whole-database scan.
 */
final class DuplicatesBench {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private DuplicatesBench() {}

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        String url = options.getOrDefault("url", "jdbc:h2:file:/tmp/rekindle-dups/db")
                + H2_OPTIONS
                + (options.containsKey("cache-mb")
                        ? ";CACHE_SIZE=" + Integer.parseInt(options.get("cache-mb")) * 1024
                        : "");
        int people = Integer.parseInt(options.getOrDefault("people", "100000"));
        int batches = Integer.parseInt(options.getOrDefault("batches", "20"));
        DataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        Migrations.migrate(dataSource);
        var jdbc = new JdbcTemplate(dataSource);
        long existing = jdbc.queryForObject("select count(*) from person", Long.class);
        if (existing < people) {
            throw new IllegalStateException("Load the people first with io.rekindle.demo.DemoLoadBench --people="
                    + people + " on the same --url (found " + existing + ")");
        }
        long t = System.nanoTime();
        int keyed = rekey(jdbc);
        System.out.printf("keyed %,d people in %d ms%n", keyed, (System.nanoTime() - t) / 1_000_000);

        var phoneNumbers = new PhoneNumbers("US");
        var client = JdbcClient.create(dataSource);
        var matcher = new DuplicateMatcher(client, phoneNumbers);
        List<PersonData> sample = sample(jdbc, batches * 1000);
        var timings = new ArrayList<Long>();
        long found = 0;
        for (int b = 0; b < batches; b++) {
            List<PersonData> batch = sample.subList(b * 1000, (b + 1) * 1000);
            long s = System.nanoTime();
            var answers = matcher.match(batch.stream().map(matcher::probe).toList());
            timings.add((System.nanoTime() - s) / 1_000);
            found += answers.stream().filter(a -> !a.isEmpty()).count();
        }
        long[] sorted = timings.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "lookup among people kept, %d batches of 1,000 on %,d people: first %.1f ms, p50 %.1f ms, p95 %.1f ms,"
                        + " max %.1f ms; %d of %d with a candidate%n",
                batches,
                Math.max(existing, people),
                timings.get(0) / 1000.0,
                sorted[sorted.length / 2] / 1000.0,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1000.0,
                sorted[sorted.length - 1] / 1000.0,
                found,
                sample.size());

        System.out.println("distinct name sounds: "
                + jdbc.queryForObject("select count(distinct name_sound) from person", Long.class));
        var probes = sample.subList(0, 1000).stream().map(matcher::probe).toList();
        time(
                "probes",
                () -> sample.subList(0, 1000).stream().map(matcher::probe).toList());
        var emails = probes.stream().flatMap(p -> p.emails().keySet().stream()).toList();
        var phones = probes.stream().flatMap(p -> p.phones().stream()).toList();
        var sounds = probes.stream().map(DuplicateMatcher.Probe::sound).toList();
        time("emails " + emails.size(), () -> client.sql("select k.person_id from person_email_key k join person p on"
                        + " p.id = k.person_id where k.email_key in (:keys) and p.merged_into is null")
                .param("keys", emails)
                .query(Long.class)
                .list()
                .size());
        time("phones " + phones.size(), () -> client.sql("select f.person_id from person_phone f join person p on"
                        + " p.id = f.person_id where f.phone in (:keys) and p.merged_into is null")
                .param("keys", phones)
                .query(Long.class)
                .list()
                .size());
        time("sounds " + sounds.size(), () -> client.sql(
                        "select id, full_name from person where name_sound in (:keys) and merged_into is null")
                .param("keys", sounds)
                .query((rs, n) -> MatchKeys.name(rs.getString(2)))
                .list()
                .size());
        if (options.containsKey("no-scan")) {
            return;
        }
        var scan = new DuplicateScan(
                client, matcher, null, new DataSourceTransactionManager(dataSource), Clock.systemUTC());
        long s = System.nanoTime();
        int pairs = scan.scan();
        System.out.printf("scan: %,d pairs in %d ms%n", pairs, (System.nanoTime() - s) / 1_000_000);
    }

    private static void time(String what, java.util.function.Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            Object result = work.get();
            System.out.printf(
                    "  %s: %.1f ms (%s)%n",
                    what, (System.nanoTime() - s) / 1e6, result instanceof List<?> l ? l.size() : result);
        }
    }

    /** Half near-copies of kept people (e-mail in other case, phone typed another way, name misspelt), half new. */
    private static List<PersonData> sample(JdbcTemplate jdbc, int size) {
        var random = new Random(7);
        List<Map<String, Object>> rows = jdbc.queryForList("select p.id, p.full_name, p.current_employer, p.city,"
                + " p.emails[1] as email,"
                + " (select min(phone) from person_phone f where f.person_id = p.id) as phone"
                + " from person p order by p.id fetch first " + size + " rows only");
        var sample = new ArrayList<PersonData>();
        for (int i = 0; i < size; i++) {
            Map<String, Object> row = rows.get(random.nextInt(rows.size()));
            String name = (String) row.get("full_name");
            String email = (String) row.get("email");
            String phone = (String) row.get("phone");
            String employer = (String) row.get("current_employer");
            String city = (String) row.get("city");
            if (i % 2 == 1) {
                sample.add(data("New Person" + i, "new" + i + "@example.org", null, "Nowhere Inc", "Atlantis"));
            } else if (i % 6 == 0 && email != null) {
                sample.add(data("X", email.toUpperCase(), null, null, null));
            } else if (i % 6 == 2 && phone != null) {
                sample.add(data(
                        "Y", null, phone.replace("+1", "(").substring(0, 4) + ") " + phone.substring(5), null, null));
            } else {
                sample.add(data(name.replaceFirst("a", "e"), null, null, employer, city));
            }
        }
        return sample;
    }

    private static PersonData data(String name, String email, String phone, String employer, String city) {
        return new PersonData(
                name,
                email == null ? List.of() : List.of(email),
                phone == null ? List.of() : List.of(phone),
                null,
                employer,
                new Location(city, null, "US"),
                List.of(),
                List.of(),
                null,
                null,
                false,
                null,
                null);
    }

    /** What {@link Duplicates#rekeyMissing} does, in plain JDBC batches. */
    private static int rekey(JdbcTemplate jdbc) {
        List<Object[]> names = jdbc.query("select id, full_name from person where name_sound is null", (rs, n) ->
                new Object[] {MatchKeys.sound(rs.getString(2)), rs.getLong(1)});
        jdbc.batchUpdate("update person set name_sound = ? where id = ?", names);
        var emails = new ArrayList<Object[]>();
        jdbc.query(
                "select p.id, p.emails from person p where not exists"
                        + " (select 1 from person_email_key k where k.person_id = p.id)",
                rs -> {
                    Object[] written = (Object[]) rs.getArray(2).getArray();
                    for (int i = 0; i < written.length; i++) {
                        emails.add(new Object[] {rs.getLong(1), i, MatchKeys.email((String) written[i])});
                    }
                });
        jdbc.batchUpdate(
                "insert into person_email_key (person_id, position, email_key) values (?, ?, ?)",
                emails.stream().filter(e -> e[2] != null).toList());
        return names.size();
    }

    static String describe(Object[] row) {
        return Arrays.toString(row);
    }
}
