package io.rekindle.ingestion.imports;

import io.rekindle.RekindleApplication;
import io.rekindle.ingestion.ImportId;
import io.rekindle.ingestion.ImportKind;
import io.rekindle.ingestion.ImportProgress;
import io.rekindle.ingestion.Imports;
import io.rekindle.people.People;
import io.rekindle.people.PersonData;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Measures a CSV import of generated people with duplicate checks and search indexing, on a fresh H2 file database.
 * Not a test: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.rekindle.ingestion.imports.ImportBench -Dexec.args="--people=100000"}. 2% of the rows carry the
 * e-mail of someone already kept (merged), 1% repeat an earlier row's e-mail (merged), 0.01% have a wrong number of
 * columns (rejected).
 */
final class ImportBench {

    private static final String[] FIRST = {
        "Ada", "Bram", "Carla", "Dana", "Eun-ji", "Farah", "Gustavo", "Hana", "Ivan", "José", "Kwame", "Lena", "Mateo",
        "Niamh", "Omar", "Priya", "Quinn", "Ravi", "Sofia", "Tomás", "Uma", "Zoë"
    };
    private static final String[] LAST = {
        "Testperson",
        "O'Connor",
        "Quill",
        "Exampleford",
        "Sample",
        "Müller",
        "Placeholder",
        "Mockford",
        "Fictional",
        "Ångström",
        "Kim",
        "Nguyen",
        "Okafor",
        "Rossi",
        "Schmidt",
        "Tanaka"
    };
    private static final String[] COMPANIES = {
        "Example Analytics",
        "Northwind Example, Inc.",
        "Globex",
        "Initech",
        "Contoso Example Labs",
        "Example Health",
        "Umbrella Example",
        "Hooli"
    };
    private static final String[] TITLES = {
        "Account Executive",
        "Senior Data Engineer",
        "Talent Partner",
        "Product Manager",
        "Staff Software Engineer",
        "Sales Development Representative",
        "Head of Talent"
    };
    private static final String[][] CITIES = {
        {"Chicago", "IL"}, {"Austin", "TX"}, {"Boston", "MA"}, {"Denver", "CO"}, {"Seattle", "WA"}, {"New York", "NY"}
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
        var context = new SpringApplicationBuilder(RekindleApplication.class)
                .properties(
                        "rekindle.data-dir=" + dir,
                        "rekindle.admin-password=bench-password-1",
                        "rekindle.jobs.enabled=false",
                        "server.port=0",
                        "rekindle.imports.max-file-size=200MB",
                        "logging.level.root=WARN")
                .run();
        try {
            run(
                    context.getBean(Imports.class),
                    context.getBean(ImportFiles.class),
                    context.getBean(ImportRunner.class),
                    context.getBean(People.class),
                    context.getBean(JdbcClient.class),
                    rows);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static void run(
            Imports imports, ImportFiles files, ImportRunner runner, People people, JdbcClient jdbc, int rows)
            throws InterruptedException {
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
            people.createAll(seeded.subList(from, Math.min(seeded.size(), from + 1000)));
        }
        waitForProfiles(jdbc, existing, 600_000);

        var csv = new StringBuilder(rows * 160);
        csv.append("First Name,Last Name,Email Address,Mobile Phone,Company,Job Title,City,State,Country,Skills\n");
        for (int i = 0; i < rows; i++) {
            String email;
            if (i % 50 == 7) {
                email = "kept" + random.nextInt(existing) + "@example.com";
            } else if (i % 100 == 13 && i > 100) {
                email = "person" + (i - 100) + "@example.com";
            } else {
                email = "person" + i + "@example.com";
            }
            String[] city = CITIES[random.nextInt(CITIES.length)];
            if (i % 10_000 == 99) {
                csv.append("Broken,Row,").append(email).append('\n');
                continue;
            }
            csv.append(FIRST[random.nextInt(FIRST.length)])
                    .append(',')
                    .append(LAST[random.nextInt(LAST.length)])
                    .append(i)
                    .append(',')
                    .append(email)
                    .append(',')
                    .append("+1 312 555 01")
                    .append(String.format("%02d", random.nextInt(100)))
                    .append(',')
                    .append('"')
                    .append(COMPANIES[random.nextInt(COMPANIES.length)])
                    .append('"')
                    .append(',')
                    .append(TITLES[random.nextInt(TITLES.length)])
                    .append(',')
                    .append(city[0])
                    .append(',')
                    .append(city[1])
                    .append(",United States,")
                    .append('"')
                    .append(SKILLS[random.nextInt(SKILLS.length)])
                    .append(", ")
                    .append(SKILLS[random.nextInt(SKILLS.length)])
                    .append('"')
                    .append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
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
        System.out.printf("read, map and store rows: %,d ms%n", (t1 - t0) / 1_000_000);
        System.out.printf("process rows: %,d ms%n", (t2 - t1) / 1_000_000);
        runner.phaseMillis().forEach((phase, ms) -> System.out.printf("  %s: %,d ms%n", phase, ms));
        System.out.printf("search profiles and index after the last chunk: %,d ms%n", (t3 - t2) / 1_000_000);
        System.out.printf("total: %,d ms (%,.0f rows/s)%n", (t3 - t0) / 1_000_000, rows / ((t3 - t0) / 1e9));
        System.out.printf(
                "process CPU time during the import: %,d ms; system load average %.1f on %d cores%n",
                cpu, os.getSystemLoadAverage(), os.getAvailableProcessors());
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
