package io.rekindle.ingestion.imports;

import io.rekindle.people.Location;
import io.rekindle.people.PersonData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The values of one row under a mapping: single fields take the first non-blank column, multi fields all of them. */
final class RowValues {

    private static final Pattern MULTI = Pattern.compile("\\s+:::\\s+");
    private static final Pattern LIST = Pattern.compile("\\s*[,;]\\s*|\\s+:::\\s+");
    private static final Map<String, String> COUNTRIES = countries();

    private final Map<ImportField, List<String>> values = new HashMap<>();

    RowValues(ColumnMapping mapping, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            ImportField field = mapping.field(i);
            String cell = cells.get(i) == null ? "" : cells.get(i).strip();
            if (field == ImportField.IGNORE || cell.isEmpty()) {
                continue;
            }
            var list = values.computeIfAbsent(field, f -> new ArrayList<>());
            if (field == ImportField.SKILLS || field == ImportField.TAGS) {
                list.addAll(Arrays.asList(LIST.split(cell)));
            } else if (field.multiple()) {
                list.addAll(Arrays.asList(MULTI.split(cell)));
            } else {
                list.add(cell);
            }
        }
    }

    String one(ImportField field) {
        var list = values.get(field);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    List<String> all(ImportField field) {
        var list = values.get(field);
        if (list == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(
                list.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    String fullName() {
        String full = one(ImportField.FULL_NAME);
        if (full != null) {
            return full;
        }
        var parts = new ArrayList<String>();
        for (ImportField f : List.of(ImportField.FIRST_NAME, ImportField.MIDDLE_NAME, ImportField.LAST_NAME)) {
            String part = one(f);
            if (part != null) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The person this row describes; {@code fallbackSource} names the file's format when no column gives one. */
    PersonData person(String fallbackSource) {
        var tags = all(ImportField.TAGS).stream()
                .filter(t -> !t.startsWith("*")) // Google system groups: "* myContacts", "* starred"
                .toList();
        String source = one(ImportField.SOURCE);
        return new PersonData(
                fullName(),
                all(ImportField.EMAIL),
                all(ImportField.PHONE),
                one(ImportField.TITLE),
                one(ImportField.EMPLOYER),
                new Location(one(ImportField.CITY), one(ImportField.REGION), country(one(ImportField.COUNTRY))),
                all(ImportField.SKILLS),
                tags,
                source != null ? source : fallbackSource,
                null,
                false,
                null,
                null);
    }

    /** An ISO code for a country code or English country name; null when it is neither. */
    static String country(String value) {
        if (value == null) {
            return null;
        }
        return COUNTRIES.get(value.strip().toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> countries() {
        var map = new HashMap<String, String>();
        for (String code : Locale.getISOCountries()) {
            map.put(code.toLowerCase(Locale.ROOT), code);
            map.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        map.put("usa", "US");
        map.put("united states of america", "US");
        map.put("uk", "GB");
        map.put("england", "GB");
        map.put("deutschland", "DE");
        return Map.copyOf(map);
    }
}
