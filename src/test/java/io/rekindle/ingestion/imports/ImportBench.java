package io.rekindle.ingestion.imports;

import io.rekindle.RekindleApplication;
import io.rekindle.ingestion.ImportId;
import io.rekindle.ingestion.ImportKind;
import io.rekindle.ingestion.ImportProgress;
import io.rekindle.ingestion.Imports;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import io.rekindle.support.Benches;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Measures a CSV import of generated people with duplicate checks and search indexing, on a fresh H2 file database.
 * Not a test: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.rekindle.ingestion.imports.ImportBench -Dexec.args="--people=100000"}. The rows are described at
 * {@link #csv}. With {@code --postgres} it runs on an embedded PostgreSQL (profile {@code postgres}) instead of H2; {@code
 * --pg-config=name=value,...} sets that server's settings; {@code --dir=...} is the data folder (default {@code
 * /tmp/rekindle-import-bench}; two runs at once need two); {@code --warmup=N} imports N other generated people first,
 * in the same process, so the measured import runs on code the JIT has compiled.
 */
final class ImportBench {

    private static final String[] TITLES = {
        "Account Executive",
        "Senior Data Engineer",
        "Talent Partner",
        "Product Manager",
        "Staff Software Engineer",
        "Sales Development Representative",
        "Head of Talent"
    };
    private static final String[] SKILLS = {"Salesforce", "Java", "SQL", "Python", "Boolean search", "Negotiation"};

    private ImportBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        int rows = Integer.parseInt(options.getOrDefault("people", "100000").replace("_", ""));
        String dir = options.getOrDefault("dir", "/tmp/rekindle-import-bench");
        FileSystemUtils.deleteRecursively(new File(dir));
        var arguments = new ArrayList<>(List.of(
                Benches.asShipped(),
                "--rekindle.data-dir=" + dir,
                "--rekindle.admin-password=bench-password-1",
                "--rekindle.jobs.enabled=false",
                "--server.port=0",
                "--rekindle.imports.max-file-size=200MB",
                "--logging.level.root=WARN"));
        EmbeddedPostgres postgres = null;
        if (options.containsKey("postgres")) {
            var server = EmbeddedPostgres.builder().setDataDirectory(Path.of(dir, "pg"));
            for (String setting : options.getOrDefault("pg-config", "").split(",")) {
                if (!setting.isBlank()) {
                    String[] kv = setting.split("=", 2);
                    server.setServerConfig(kv[0], kv[1]);
                }
            }
            postgres = server.start();
            arguments.add("--spring.profiles.active=postgres");
            arguments.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
            arguments.add("--spring.datasource.username=postgres");
            arguments.add("--spring.datasource.password=");
        }
        var context = new SpringApplicationBuilder(RekindleApplication.class).run(arguments.toArray(String[]::new));
        try {
            System.out.println("database: " + (postgres == null ? "H2 (file)" : "PostgreSQL (embedded)"));
            run(
                    context.getBean(Imports.class),
                    context.getBean(ImportFiles.class),
                    context.getBean(ImportRunner.class),
                    context.getBean(People.class),
                    context.getBean(JdbcClient.class),
                    rows,
                    Integer.parseInt(options.getOrDefault("warmup", "0").replace("_", "")));
        } finally {
            context.close();
            if (postgres != null) {
                postgres.close();
            }
        }
        System.exit(0);
    }

    private static void run(
            Imports imports,
            ImportFiles files,
            ImportRunner runner,
            People people,
            JdbcClient jdbc,
            int rows,
            int warmup)
            throws InterruptedException, IOException {
        var random = new Random(42);
        int existing = rows / 50;
        var seeded = new ArrayList<PersonData>();
        for (int i = 0; i < existing; i++) {
            seeded.add(new PersonData(
                    "Kept Person" + i,
                    List.of("kept" + i + "@example.com"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "bench",
                    null,
                    false,
                    null,
                    null));
        }
        for (int from = 0; from < seeded.size(); from += 1000) {
            people.createAll(seeded.subList(from, Math.min(seeded.size(), from + 1000)).stream()
                    .map(people::check)
                    .toList());
        }
        waitForProfiles(jdbc, existing, 600_000);
        if (warmup > 0) {
            long started = System.nanoTime();
            byte[] warm = csv(warmup, existing, new Random(7), "warm", 646).getBytes(StandardCharsets.UTF_8);
            long before = profiles(jdbc);
            ImportId id = imports.start(ImportKind.PEOPLE, "warm-up.csv", warm, List.of());
            files.run(id);
            waitForProfiles(jdbc, before + imports.progress(id).created(), 600_000);
            System.out.printf(
                    "warm-up import of %,d other people first (the same code paths, compiled by the JIT): %,d ms%n",
                    warmup, (System.nanoTime() - started) / 1_000_000);
        }

        Map<String, Long> warmPhases = runner.phaseMillis();
        String csv = csv(rows, existing, random, "person", 312);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        long profilesBefore = profiles(jdbc);

        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ImportId id = imports.start(ImportKind.PEOPLE, "bench.csv", bytes, List.of());
        long t1 = System.nanoTime();
        files.run(id);
        long t2 = System.nanoTime();
        ImportProgress report = imports.progress(id);
        waitForProfiles(jdbc, profilesBefore + report.created(), 600_000);
        long t3 = System.nanoTime();
        long cpu = (os.getProcessCpuTime() - cpu0) / 1_000_000;

        System.out.printf("rows: %,d (%,d bytes), already kept: %,d%n", rows, bytes.length, existing);
        System.out.printf(
                "report: created %,d, merged %,d, skipped %,d, rejected %,d (first: %s)%n",
                report.created(),
                report.merged(),
                report.skipped(),
                report.rejected(),
                report.rejectedRows().isEmpty() ? "-" : report.rejectedRows().get(0));
        report.rejectedRows().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        r -> r.reason().replaceAll("[0-9]+", "#"), java.util.stream.Collectors.counting()))
                .forEach((reason, count) -> System.out.printf("  rejected %,d: %s%n", count, reason));
        System.out.printf("read, map and store rows: %,d ms%n", (t1 - t0) / 1_000_000);
        System.out.printf("process rows: %,d ms%n", (t2 - t1) / 1_000_000);
        runner.phaseMillis()
                .forEach((phase, ms) ->
                        System.out.printf("  %s: %,d ms%n", phase, ms - warmPhases.getOrDefault(phase, 0L)));
        System.out.printf("search profiles and index after the last chunk: %,d ms%n", (t3 - t2) / 1_000_000);
        System.out.printf("total: %,d ms (%,.0f rows/s)%n", (t3 - t0) / 1_000_000, rows / ((t3 - t0) / 1e9));
        System.out.printf(
                "process CPU time during the import: %,d ms; system load average %.1f on %d cores%n",
                cpu, os.getSystemLoadAverage(), os.getAvailableProcessors());
    }

    /**
     * The file: names, employers and cities drawn from the demo generator's pools (342 first names, 386 last names,
     * 200 companies, 488 cities), an e-mail made of the name (two in five at gmail.com, the others at the employer's
     * domain) and a phone number of one's own, both in no particular order, as in a real export. Planted duplicates: 2% carry the e-mail of someone
     * already kept, 1% repeat an earlier row's e-mail, 0.5% repeat an earlier row's name (with a typo), phone and
     * employer under a new e-mail; one row in 10,000 is broken.
     */
    private static String csv(int rows, int existing, Random random, String prefix, int areaCode) throws IOException {
        List<String> first = lines("/demo/first_names.txt");
        List<String> last = lines("/demo/last_names.txt");
        List<String> companies = lines("/demo/companies.txt");
        List<String[]> cities;
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(String.join("\n", lines("/demo/cities.csv"))))) {
            cities = parser.stream().map(CSVRecord::values).toList();
        }
        var written = new ArrayList<String[]>(rows);
        var csv = new StringBuilder(rows * 160);
        csv.append("First Name,Last Name,Email Address,Mobile Phone,Company,Job Title,City,State,Country,Skills\n");
        for (int i = 0; i < rows; i++) {
            String[] row;
            if (i % 200 == 17 && i > 200) {
                String[] earlier = written.get(random.nextInt(written.size()));
                row = earlier.clone();
                row[1] = typo(earlier[1]);
                row[2] = (prefix.equals("person") ? "again" : prefix + "again") + i + "@example.com";
            } else {
                String[] city = cities.get(random.nextInt(cities.size()));
                String firstName = first.get(random.nextInt(first.size()));
                String lastName = last.get(random.nextInt(last.size()));
                String company = companies.get(random.nextInt(companies.size()));
                long number = (i * 7_919L + 12_345) % 8_000_000;
                row = new String[] {
                    firstName,
                    lastName,
                    email(i, existing, written, random, prefix, firstName, lastName, company),
                    String.format("+1 %d %03d %04d", areaCode, 200 + number / 10_000, number % 10_000),
                    company,
                    TITLES[random.nextInt(TITLES.length)],
                    city[0],
                    city[1],
                    city[2],
                    SKILLS[random.nextInt(SKILLS.length)] + ", " + SKILLS[random.nextInt(SKILLS.length)]
                };
            }
            written.add(row);
            if (i % 10_000 == 99) {
                csv.append("Broken,Row,").append(row[2]).append('\n');
                continue;
            }
            CSVFormat.DEFAULT.printRecord(csv, (Object[]) row);
        }
        return csv.toString();
    }

    private static String email(
            int i,
            int existing,
            List<String[]> written,
            Random random,
            String prefix,
            String firstName,
            String lastName,
            String company) {
        if (i % 50 == 7) {
            return "kept" + random.nextInt(existing) + "@example.com";
        }
        if (i % 100 == 13 && i > 100) {
            return written.get(i - 100)[2];
        }
        String domain =
                i % 5 < 2 ? "gmail.com" : company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + ".com";
        String local = (firstName + "." + lastName).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
        return local + "." + prefix + i + "@" + domain;
    }

    private static String typo(String name) {
        return name.length() < 4 ? name : name.substring(0, name.length() - 1);
    }

    private static List<String> lines(String resource) throws IOException {
        try (var in = ImportBench.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }

    private static long profiles(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from search_profile").query(Long.class).single();
    }

    private static void waitForProfiles(JdbcClient jdbc, long expected, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (profiles(jdbc) < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }
}
