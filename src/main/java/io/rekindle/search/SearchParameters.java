package io.rekindle.search;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** A search request's filters written as URL parameters (as the search page takes them) and read back. */
final class SearchParameters {

    private SearchParameters() {}

    /** The filters only, without {@code q}: "stage=INTERVIEW&near=Chicago%2C+IL", or "" when there are none. */
    static String filters(SearchRequest r) {
        var p = new StringJoiner("&");
        r.stage().forEach(s -> add(p, "stage", s));
        add(p, "side", r.side());
        add(p, "reason", r.reason());
        add(p, "revisitOpen", r.revisitOpen());
        add(p, "lastTouch", r.lastTouch());
        add(p, "owner", r.owner());
        r.tag().forEach(t -> add(p, "tag", t));
        add(p, "consent", r.consent());
        add(p, "near", r.near());
        add(p, "radius", r.radius());
        add(p, "unit", r.unit());
        add(p, "sort", r.sort());
        return p.toString();
    }

    /** The search page address that runs this search. */
    static String href(String q, String filters) {
        var p = new StringJoiner("&");
        add(p, "q", q);
        if (filters != null && !filters.isEmpty()) {
            p.add(filters);
        }
        return p.length() == 0 ? "/search" : "/search?" + p;
    }

    /** Reads back what {@link #filters} wrote; a value that does not parse is an invalid input naming its field. */
    static SearchRequest request(String q, String filters) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (filters != null && !filters.isEmpty()) {
            for (String pair : filters.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                p.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        try {
            return new SearchRequest(
                    q,
                    p.getOrDefault("stage", List.of()),
                    first(p, "side"),
                    first(p, "reason"),
                    first(p, "revisitOpen") == null ? null : Boolean.valueOf(first(p, "revisitOpen")),
                    first(p, "lastTouch") == null
                            ? null
                            : SearchRequest.LastTouch.valueOf(
                                    first(p, "lastTouch").toUpperCase(Locale.ROOT)),
                    first(p, "owner") == null ? null : Long.valueOf(first(p, "owner")),
                    p.getOrDefault("tag", List.of()),
                    first(p, "consent") == null
                            ? null
                            : SearchRequest.Consent.valueOf(first(p, "consent").toUpperCase(Locale.ROOT)),
                    first(p, "near"),
                    first(p, "radius") == null ? null : Double.valueOf(first(p, "radius")),
                    first(p, "unit"),
                    first(p, "sort") == null
                            ? null
                            : SearchRequest.Sort.valueOf(first(p, "sort").toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw io.rekindle.platform.InvalidInputException.of("filters", "do not parse: " + e.getMessage());
        }
    }

    private static String first(Map<String, List<String>> p, String name) {
        var values = p.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static void add(StringJoiner p, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            p.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
