package io.rekindle.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The skills Rekindle knows, with their aliases ("SFDC" is Salesforce, "k8s" is Kubernetes): a curated list of tech,
 * sales, recruiting and business skills plus O*NET technology skills (src/main/resources/reference/skills.tsv,
 * derived by tools/derive-reference-data.py). Finds them in free text, longest phrase first. Short acronyms match
 * only as written ("R", "Go", "SAS"), and skills that are also everyday words only when capitalised ("Excel", not
 * "excel at").
 */
@Component
public class SkillDictionary {

    private static final String RESOURCE = "reference/skills.tsv";
    private static final Pattern TOKEN = Pattern.compile("\\.?[\\p{L}\\p{N}][\\p{L}\\p{N}+#.']*");
    private static final Set<String> EVERYDAY_WORDS = Set.of(
            "spring",
            "word",
            "excel",
            "outlook",
            "closing",
            "selling",
            "node",
            "lever",
            "gong",
            "rails",
            "swift",
            "rust",
            "ruby",
            "access",
            "project",
            "android",
            "strategy",
            "go",
            "slack",
            "zoom",
            "greenhouse",
            "taleo",
            "vue",
            "tally",
            "illustrator",
            "audit",
            "compensation",
            "branding",
            "screening");

    private volatile Dictionary dictionary;

    /** Every known skill in its canonical spelling. */
    public Set<String> canonical() {
        return dictionary().canonical;
    }

    /** The canonical spelling of a skill or one of its aliases ("sfdc" gives "Salesforce"). */
    public Optional<String> canonical(String skill) {
        if (skill == null || skill.isBlank()) {
            return Optional.empty();
        }
        List<String> tokens = tokens(skill);
        Entry entry = dictionary().phrases.get(phraseKey(tokens, 0, tokens.size()));
        return Optional.ofNullable(entry).map(Entry::canonical);
    }

    /** The skills a text mentions, canonical, in the order they first appear. */
    public List<String> findIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Dictionary d = dictionary();
        List<String> tokens = tokens(text);
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int n = Math.min(d.longest, tokens.size() - i); n >= 1 && matched == 0; n--) {
                Entry entry = d.phrases.get(phraseKey(tokens, i, i + n));
                if (entry != null && entry.accepts(tokens.subList(i, i + n))) {
                    found.add(entry.canonical);
                    matched = n;
                }
            }
            i += Math.max(matched, 1);
        }
        return List.copyOf(found);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            while (token.endsWith(".") || token.endsWith("'")) {
                token = token.substring(0, token.length() - 1);
            }
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static String phraseKey(List<String> tokens, int from, int to) {
        return String.join(" ", tokens.subList(from, to)).toLowerCase(Locale.ROOT);
    }

    private Dictionary dictionary() {
        Dictionary loaded = dictionary;
        if (loaded == null) {
            synchronized (this) {
                if (dictionary == null) {
                    dictionary = load();
                }
                loaded = dictionary;
            }
        }
        return loaded;
    }

    private static Dictionary load() {
        Map<String, Entry> phrases = new HashMap<>(40_000);
        Set<String> canonical = new LinkedHashSet<>();
        int longest = 1;
        try (var in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                canonical.add(f[0]);
                List<String> names = new ArrayList<>(List.of(f[0]));
                if (f.length > 1 && !f[1].isEmpty()) {
                    names.addAll(List.of(f[1].split("\\|")));
                }
                for (String name : names) {
                    List<String> tokens = tokens(name);
                    if (tokens.isEmpty()) {
                        continue;
                    }
                    longest = Math.max(longest, tokens.size());
                    phrases.putIfAbsent(phraseKey(tokens, 0, tokens.size()), Entry.of(f[0], tokens));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the skills dictionary " + RESOURCE, e);
        }
        return new Dictionary(Map.copyOf(phrases), Collections.unmodifiableSet(canonical), longest);
    }

    private record Dictionary(Map<String, Entry> phrases, Set<String> canonical, int longest) {}

    /** A phrase of the dictionary; {@code exact} is how a short acronym must be written, null when case is free. */
    private record Entry(String canonical, String exact, boolean capitalised) {

        static Entry of(String canonical, List<String> tokens) {
            String written = String.join(" ", tokens);
            boolean shortAcronym = tokens.size() == 1
                    && (written.length() <= 3
                            || (written.equals(upper(written))
                                    && written.chars().allMatch(Character::isLetter)));
            boolean everyday = tokens.size() == 1 && EVERYDAY_WORDS.contains(written.toLowerCase(Locale.ROOT));
            return new Entry(canonical, shortAcronym && !everyday ? written : null, everyday);
        }

        boolean accepts(List<String> tokens) {
            String written = String.join(" ", tokens);
            if (exact != null) {
                return exact.equals(written);
            }
            return !capitalised || Character.isUpperCase(written.charAt(0));
        }

        private static String upper(String s) {
            return s.toUpperCase(Locale.ROOT);
        }
    }
}
