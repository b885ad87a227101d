package io.rekindle.search;

import io.rekindle.openings.Seniority;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Equivalent titles: the O*NET occupation of a job title (titles of one occupation are the same job: "Account
 * Executive", "Senior Account Executive") and its family (the same kind of work), from the table that
 * {@code tools/derive-title-families.py} derives from O*NET and the recruiter titles.
 */
@Component
class TitleFamilies {

    private static final Set<String> LEVEL_WORDS = Set.of(
            "senior",
            "sr",
            "junior",
            "jr",
            "lead",
            "principal",
            "staff",
            "associate",
            "i",
            "ii",
            "iii",
            "iv",
            "entry",
            "level",
            "mid",
            "intern",
            "trainee",
            "head",
            "chief",
            "vp",
            "director",
            "of",
            "and",
            "the",
            "a");

    private final Map<String, TitleClass> exact = new HashMap<>();
    private final Map<String, List<String>> byWord = new HashMap<>();
    private final Map<String, TitleClass> known = new HashMap<>();
    private final Map<String, List<String>> titlesOfOccupation = new HashMap<>();

    TitleFamilies() {
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("search/title-families.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> f = Csv.fields(line);
                var c = new TitleClass(f.get(1).isEmpty() ? null : f.get(1), f.get(2));
                String key = key(f.get(0));
                exact.putIfAbsent(key, c);
                known.put(key, c);
                titlesOfOccupation
                        .computeIfAbsent(c.occupation() == null ? c.family() : c.occupation(), k -> new ArrayList<>())
                        .add(f.get(0));
                for (String word : key.split(" ")) {
                    byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The occupation and family of a title: exact (levels ignored), else the known title sharing most words. */
    Optional<TitleClass> classify(String title) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String key = key(title);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        TitleClass hit = exact.get(key);
        if (hit != null) {
            return Optional.of(hit);
        }
        Set<String> words = new HashSet<>(Arrays.asList(key.split(" ")));
        String best = null;
        double bestScore = 0;
        for (String word : words) {
            for (String candidate : byWord.getOrDefault(word, List.of())) {
                Set<String> other = new HashSet<>(Arrays.asList(candidate.split(" ")));
                long common = other.stream().filter(words::contains).count();
                double score = common / (double) (words.size() + other.size() - common);
                if (score > bestScore || (score == bestScore && best != null && candidate.length() < best.length())) {
                    bestScore = score;
                    best = candidate;
                }
            }
        }
        return bestScore >= 0.5 ? Optional.of(known.get(best)) : Optional.empty();
    }

    /** Other titles of the same occupation, for finding people whose title is worded differently. */
    List<String> equivalents(String title) {
        return classify(title)
                .map(c -> titlesOfOccupation.getOrDefault(
                        c.occupation() == null ? c.family() : c.occupation(), List.of()))
                .orElse(List.of());
    }

    /** The level a title says ("Senior Account Executive" is senior), or null when it says none. */
    static Seniority seniority(String title) {
        if (title == null) {
            return null;
        }
        Set<String> words =
                new LinkedHashSet<>(Arrays.asList(title.toLowerCase(Locale.ROOT).split("[^a-z]+")));
        if (words.contains("intern") || words.contains("trainee")) {
            return Seniority.INTERN;
        }
        if (words.contains("chief") || words.contains("vp") || words.contains("president")) {
            return Seniority.EXECUTIVE;
        }
        if (words.contains("director") || words.contains("head")) {
            return Seniority.DIRECTOR;
        }
        if (words.contains("manager")) {
            return Seniority.MANAGER;
        }
        if (words.contains("lead") || words.contains("principal") || words.contains("staff")) {
            return Seniority.LEAD;
        }
        if (words.contains("senior") || words.contains("sr")) {
            return Seniority.SENIOR;
        }
        if (words.contains("junior") || words.contains("jr") || words.contains("associate")) {
            return Seniority.JUNIOR;
        }
        return null;
    }

    static String key(String title) {
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^a-z0-9+#]+"))
                .filter(w -> !w.isEmpty() && !LEVEL_WORDS.contains(w))
                .map(TitleFamilies::singular)
                .collect(Collectors.joining(" "));
    }

    private static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** A title's occupation (O*NET-SOC, may be null) and family. */
    record TitleClass(String occupation, String family) {}
}
