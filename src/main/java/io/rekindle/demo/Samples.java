package io.rekindle.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** The committed samples under {@code /demo}: names, cities, titles with skills, company names. */
final class Samples {

    private static final Map<String, Double> FAMILY_WEIGHTS = Map.of(
            "sales", 5.0, "software", 3.0, "data", 2.0, "recruiting", 2.0, "customer-success", 2.0, "marketing", 1.5);
    private static final double INTERNATIONAL_SHARE = 0.12;

    record City(String name, String region, String country, double lat, double lon, long population) {
        boolean inUs() {
            return "US".equals(country);
        }
    }

    record Title(String name, String family, List<String> skills) {}

    private final List<String> firstNames;
    private final List<String> lastNames;
    private final List<String> companyNames;
    private final List<City> cities;
    private final List<Title> titles;
    private final Weighted<City> usCities;
    private final Weighted<City> otherCities;
    private final Weighted<Title> weightedTitles;

    private Samples(
            List<String> firstNames,
            List<String> lastNames,
            List<String> companyNames,
            List<City> cities,
            List<Title> titles) {
        this.firstNames = firstNames;
        this.lastNames = lastNames;
        this.companyNames = companyNames;
        this.cities = cities;
        this.titles = titles;
        this.usCities = new Weighted<>(cities.stream().filter(City::inUs).toList(), c -> Math.sqrt(c.population()));
        this.otherCities =
                new Weighted<>(cities.stream().filter(c -> !c.inUs()).toList(), c -> Math.sqrt(c.population()));
        this.weightedTitles = new Weighted<>(titles, t -> FAMILY_WEIGHTS.getOrDefault(t.family(), 1.0));
    }

    static Samples load() {
        return new Samples(
                lines("first_names.txt"),
                lines("last_names.txt"),
                lines("companies.txt"),
                csv("cities.csv").stream().map(Samples::city).toList(),
                csv("titles.csv").stream().map(Samples::title).toList());
    }

    List<String> companyNames() {
        return companyNames;
    }

    String firstName(SplittableRandom random) {
        return firstNames.get(random.nextInt(firstNames.size()));
    }

    String lastName(SplittableRandom random) {
        return lastNames.get(random.nextInt(lastNames.size()));
    }

    /** Mostly US cities, larger ones more often. */
    City city(SplittableRandom random) {
        return random.nextDouble() < INTERNATIONAL_SHARE ? otherCities.pick(random) : usCities.pick(random);
    }

    int cityCount() {
        return cities.size();
    }

    City cityAt(int index) {
        return cities.get(index);
    }

    City city(String name, String country) {
        return cities.stream()
                .filter(c -> c.name().equals(name) && c.country().equals(country))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No city " + name));
    }

    /** Sales and tech titles more often than the rest, as in an agency that places them. */
    Title title(SplittableRandom random) {
        return weightedTitles.pick(random);
    }

    Title title(String name) {
        return titles.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No title " + name));
    }

    List<Title> titlesOf(String family) {
        return titles.stream().filter(t -> t.family().equals(family)).toList();
    }

    private static City city(List<String> row) {
        return new City(
                row.get(0),
                row.get(1),
                row.get(2),
                Double.parseDouble(row.get(3)),
                Double.parseDouble(row.get(4)),
                Long.parseLong(row.get(5)));
    }

    private static Title title(List<String> row) {
        return new Title(row.get(0), row.get(1), List.of(row.get(2).split("\\|")));
    }

    private static List<String> lines(String name) {
        try (BufferedReader reader = open(name)) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> csv(String name) {
        List<String> lines = lines(name);
        return lines.subList(1, lines.size()).stream().map(Samples::fields).toList();
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static BufferedReader open(String name) {
        InputStream in = Samples.class.getResourceAsStream("/demo/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing resource /demo/" + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Picks items in proportion to a weight, by binary search over cumulative weights. */
    static final class Weighted<T> {
        private final List<T> items;
        private final double[] cumulative;

        Weighted(List<T> items, ToDoubleFunction<T> weight) {
            this.items = items;
            this.cumulative = new double[items.size()];
            double total = 0;
            for (int i = 0; i < items.size(); i++) {
                total += weight.applyAsDouble(items.get(i));
                cumulative[i] = total;
            }
        }

        T pick(SplittableRandom random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (cumulative[middle] < target) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return items.get(low);
        }
    }
}
