package io.rekindle.search;

import io.rekindle.people.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Where a city is: the coordinates search uses for distances and radius searches. */
@Component
class Places {

    private final Map<String, Place> byName = new HashMap<>();
    private final Map<String, Place> byNameAndRegion = new HashMap<>();

    Places() {
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/cities.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = Csv.fields(line).toArray(String[]::new);
                var place = new Place(
                        f[0], f[1], f[2], new Coordinates(Double.parseDouble(f[3]), Double.parseDouble(f[4])));
                byName.putIfAbsent(key(f[0]), place);
                byNameAndRegion.putIfAbsent(key(f[0]) + "|" + key(f[1]), place);
                byNameAndRegion.putIfAbsent(key(f[0]) + "|" + key(f[2]), place);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Coordinates> locate(Location location) {
        if (location == null || location.city() == null) {
            return Optional.empty();
        }
        return find(location.city(), location.region() != null ? location.region() : location.country())
                .map(Place::point);
    }

    /** "Chicago", "Chicago, IL", "London, GB": the most populous place of that name. */
    Optional<Place> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        return find(parts[0], parts.length > 1 ? parts[1] : null);
    }

    private Optional<Place> find(String city, String region) {
        if (region != null && !region.isBlank()) {
            Place p = byNameAndRegion.get(key(city) + "|" + key(region));
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.ofNullable(byName.get(key(city)));
    }

    private static String key(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    record Place(String name, String region, String country, Coordinates point) {

        String label() {
            return name + ", " + region + ", " + country;
        }
    }
}
