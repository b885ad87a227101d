package io.rekindle.platform;

import static java.util.Comparator.comparingLong;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Finds places by name as recruiters and resumes write them ("Chicago, IL", "Greater Boston Area", "London, United
 * Kingdom"), over the GeoNames cities with 1,000 people or more (src/main/resources/reference, derived by
 * tools/derive-reference-data.py). Loaded on first use; the most populous place wins when a name is ambiguous.
 */
@Component
public class Gazetteer {

    private static final String RESOURCE = "reference/cities.tsv.gz";
    private static final Pattern DROPPED = Pattern.compile("[.'’]");
    private static final Pattern SAINT = Pattern.compile("\\bsaint\\b");
    private static final Pattern SAINTE = Pattern.compile("\\bsainte\\b");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[,;|/•·]|\\s-\\s|\\s–\\s)\\s*");
    private static final Pattern NOISE = Pattern.compile(
            "\\((.*?)\\)|\\b(greater|metropolitan|metro|area|region|city of)\\b|\\b\\d{4,6}(-\\d{4})?\\b",
            Pattern.CASE_INSENSITIVE);

    private volatile Map<String, List<Place>> byName;

    /** Every place with that name, most populous first (accents, case, "St."/"Saint" and punctuation ignored). */
    public List<Place> named(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String key = placeKey(name);
        var alias = Regions.CITY_ALIASES.get(key);
        if (alias != null) {
            key = placeKey(alias);
        }
        return places().getOrDefault(key, List.of());
    }

    /** The most populous place with that name in that region and country (both optional: names or codes). */
    public Optional<Place> find(String city, String region, String country) {
        String countryCode = Regions.country(country);
        String regionCode = Regions.region(region);
        List<Place> candidates = named(city).stream()
                .filter(p -> countryCode == null || p.country().equals(countryCode))
                .toList();
        if (regionCode != null) {
            Optional<Place> inRegion = candidates.stream()
                    .filter(p -> regionCode.equalsIgnoreCase(p.region()))
                    .findFirst();
            if (inRegion.isPresent()) {
                return inRegion;
            }
        }
        return candidates.stream().findFirst();
    }

    /** The place a free-text location means, if any: "Austin, TX 78701", "Berlin, Germany", "Bay Area". */
    public Optional<Place> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String cleaned = NOISE.matcher(text).replaceAll(" ").replaceAll("\\s+", " ");
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(cleaned)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return fromParts(parts);
    }

    private Optional<Place> fromParts(List<String> original) {
        List<String> parts = new ArrayList<>(original);
        String country = null;
        String region = null;
        while (parts.size() > 1) {
            String last = parts.get(parts.size() - 1);
            String city = parts.get(0);
            if (region == null && Regions.region(last) != null && isRegionOf(city, last)) {
                region = last;
            } else if (country == null && Regions.country(last) != null) {
                country = last;
                region = region == null ? Regions.regionOfCountryName(last) : region;
            } else if (region == null && Regions.region(last) != null) {
                region = last;
            } else {
                break;
            }
            parts.remove(parts.size() - 1);
        }
        Optional<Place> place = find(parts.get(0), region, country);
        if (place.isEmpty() && parts.size() == 1 && country == null && region == null) {
            place = cityThenRegion(parts.get(0));
        }
        if (place.isEmpty() && original.size() > 1) {
            place = fromParts(original.subList(1, original.size()));
        }
        return place;
    }

    /** "Chicago IL", "Toronto Ontario", "Paris France" written without a comma. */
    private Optional<Place> cityThenRegion(String text) {
        String[] words = text.split(" ");
        for (int split = words.length - 1; split > 0; split--) {
            String city = String.join(" ", java.util.Arrays.copyOfRange(words, 0, split));
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, split, words.length));
            if (Regions.region(rest) != null && isRegionOf(city, rest)) {
                return find(city, rest, null);
            }
            if (Regions.country(rest) != null) {
                Optional<Place> place = find(city, null, rest);
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        return Optional.empty();
    }

    private boolean isRegionOf(String city, String region) {
        String code = Regions.region(region);
        return named(city).stream().anyMatch(regionIs(code));
    }

    private static Predicate<Place> regionIs(String code) {
        return p -> code.equalsIgnoreCase(p.region());
    }

    static String placeKey(String name) {
        String key = DROPPED.matcher(Text.key(name).replace('-', ' ')).replaceAll("");
        key = SAINT.matcher(key).replaceAll("st");
        key = SAINTE.matcher(key).replaceAll("ste");
        return BLANKS.matcher(key).replaceAll(" ").strip();
    }

    private Map<String, List<Place>> places() {
        Map<String, List<Place>> loaded = byName;
        if (loaded == null) {
            synchronized (this) {
                if (byName == null) {
                    byName = load();
                }
                loaded = byName;
            }
        }
        return loaded;
    }

    private static Map<String, List<Place>> load() {
        Map<String, List<Place>> map = new HashMap<>(200_000);
        try (var in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource(RESOURCE).getInputStream()), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                Place place = new Place(
                        f[0],
                        f[2].isEmpty() ? null : f[2],
                        f[1],
                        Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]),
                        Long.parseLong(f[3]));
                map.computeIfAbsent(placeKey(place.name()), k -> new ArrayList<>(1))
                        .add(place);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
        }
        map.values().forEach(list -> list.sort(comparingLong(Place::population).reversed()));
        return Map.copyOf(map);
    }
}
