package io.rekindle.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.ingestion.ResumeFields.FoundLocation;
import io.rekindle.people.PhoneNumbers;
import io.rekindle.platform.Gazetteer;
import io.rekindle.platform.SkillDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Precision and recall of each field found in the labelled sample (src/test/resources/resumes, made by
 * tools/make-resume-sample.py), against the aims of the resume work. Prints the table that docs/benchmarks.md shows.
 */
class ResumeExtractionQualityTests {

    static final Map<String, Score> SCORES = new LinkedHashMap<>();
    static final List<String> MISSES = new ArrayList<>();

    @BeforeAll
    static void measure() throws IOException {
        var reader = new ResumeReader(new ResumeSettings(null, null, 0, 0, null, null));
        var finder = new FieldFinder(
                new PhoneNumbers("US"),
                new Gazetteer(),
                new SkillDictionary(),
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
        JsonNode labels;
        try (InputStream in = ResumeExtractionQualityTests.class.getResourceAsStream("/resumes/labels.json")) {
            labels = JsonMapper.builder().build().readTree(in);
        }
        for (String field :
                List.of("name", "email", "phone", "location", "currentTitle", "currentEmployer", "skills")) {
            SCORES.put(field, new Score());
        }
        for (JsonNode label : labels) {
            String file = label.get("file").asString();
            byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/resumes", file));
            ResumeFields found;
            try {
                found = finder.find(reader.read(file, bytes).text());
            } catch (ResumeRejected e) {
                found = new ResumeFields(null, null, null, null, null, null, null, null, null, null);
                MISSES.add(file + ": rejected " + e.reasonText());
            }
            single(file, "name", label.get("fullName").asString(), found.fullName(), FieldFinderText::sameText);
            many(file, "email", strings(label.get("emails")), found.emails(), Function.identity());
            many(file, "phone", strings(label.get("phones")), found.phones(), Function.identity());
            FoundLocation loc = found.location();
            single(
                    file,
                    "location",
                    label.get("city").asString() + ", " + label.get("country").asString(),
                    loc == null ? null : loc.city() + ", " + loc.country(),
                    FieldFinderText::sameText);
            single(
                    file,
                    "currentTitle",
                    label.get("currentTitle").asString(),
                    found.currentTitle(),
                    FieldFinderText::sameText);
            single(
                    file,
                    "currentEmployer",
                    label.get("currentEmployer").asString(),
                    found.currentEmployer(),
                    FieldFinderText::sameText);
            many(file, "skills", strings(label.get("skills")), found.skills(), s -> s.toLowerCase(Locale.ROOT));
        }
        System.out.println("| field | documents | precision | recall | F1 |");
        System.out.println("|---|---|---|---|---|");
        SCORES.forEach((field, s) -> System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.3f | %.3f | %.3f |%n",
                field,
                labels.size(),
                s.precision(),
                s.recall(),
                s.f1()));
        MISSES.stream().limit(60).forEach(m -> System.out.println("  miss: " + m));
    }

    @Test
    void theSampleHasSixtyResumesInSevenFormats() {
        assertThat(SCORES.get("name").expected).isGreaterThanOrEqualTo(60);
    }

    @Test
    void emailsAndPhonesAreFoundAlmostAlways() {
        assertThat(SCORES.get("email").precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(SCORES.get("email").recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(SCORES.get("phone").precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(SCORES.get("phone").recall()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void namesAreFound() {
        assertThat(SCORES.get("name").precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(SCORES.get("name").recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void locationsAreFoundInTheGazetteer() {
        assertThat(SCORES.get("location").precision()).isGreaterThanOrEqualTo(0.9);
        assertThat(SCORES.get("location").recall()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void currentTitlesAreFound() {
        assertThat(SCORES.get("currentTitle").precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(SCORES.get("currentTitle").recall()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void skillsAreFound() {
        assertThat(SCORES.get("skills").f1()).isGreaterThanOrEqualTo(0.8);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static void single(
            String file, String field, String expected, String found, BiPredicate<String, String> same) {
        Score s = SCORES.get(field);
        s.expected++;
        if (found != null && !found.isBlank()) {
            s.found++;
            if (same.test(expected, found)) {
                s.correct++;
                return;
            }
        }
        MISSES.add(file + ": " + field + " expected [" + expected + "] found [" + found + "]");
    }

    private static void many(
            String file, String field, List<String> expected, List<String> found, Function<String, String> key) {
        Score s = SCORES.get(field);
        Set<String> want = new HashSet<>(expected.stream().map(key).toList());
        Set<String> got = new HashSet<>(found.stream().map(key).toList());
        s.expected += want.size();
        s.found += got.size();
        Set<String> both = new HashSet<>(want);
        both.retainAll(got);
        s.correct += both.size();
        if (!want.equals(got)) {
            Set<String> missing = new HashSet<>(want);
            missing.removeAll(got);
            Set<String> extra = new HashSet<>(got);
            extra.removeAll(want);
            MISSES.add(file + ": " + field + " missing " + missing + " extra " + extra);
        }
    }

    static final class Score {
        int expected;
        int found;
        int correct;

        double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        double recall() {
            return expected == 0 ? 0 : (double) correct / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static final class FieldFinderText {
        static boolean sameText(String a, String b) {
            return Objects.equals(norm(a), norm(b));
        }

        static String norm(String s) {
            return s == null
                    ? null
                    : s.toLowerCase(Locale.ROOT)
                            .replaceAll("[^\\p{L}\\p{N}]+", " ")
                            .strip();
        }
    }
}
