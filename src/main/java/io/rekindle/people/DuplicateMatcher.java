package io.rekindle.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the people already kept who are likely the same human as each of a batch of probes: one query per kind of key
 * (e-mail, phone, name sound with employer, name sound with city) for the whole batch, each served by an index, then
 * a closer look in memory.
 */
@Component
class DuplicateMatcher {

    static final int CHUNK = 1000;
    static final int MAX_CANDIDATES = 10;
    static final double SIMILAR_NAME = 0.85;

    private static final double EMAIL = 0.95;
    private static final double PHONE = 0.85;
    private static final double NAME_EMPLOYER_CITY = 0.85;
    private static final double NAME_EMPLOYER = 0.8;
    private static final double NAME_CITY = 0.65;

    private final JdbcClient jdbc;
    private final PhoneNumbers phoneNumbers;
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();

    DuplicateMatcher(JdbcClient jdbc, PhoneNumbers phoneNumbers) {
        this.jdbc = jdbc;
        this.phoneNumbers = phoneNumbers;
    }

    /** What a person about to be created is compared by; lenient: what cannot be read is left out, never refused. */
    Probe probe(PersonData data) {
        var emails = new LinkedHashMap<String, String>();
        for (String raw : data.emails()) {
            String key = MatchKeys.email(raw);
            if (key != null) {
                emails.putIfAbsent(key, raw.strip().toLowerCase(Locale.ROOT));
            }
        }
        String country = data.location().country();
        String hint = country != null && country.strip().length() == 2
                ? country.strip().toUpperCase(Locale.ROOT)
                : null;
        var phones = new LinkedHashSet<String>();
        for (String raw : data.phones()) {
            if (raw != null && !raw.isBlank()) {
                phoneNumbers.toE164(raw.strip(), hint).ifPresent(phones::add);
            }
        }
        return new Probe(
                null,
                MatchKeys.name(data.fullName()),
                MatchKeys.sound(data.fullName()),
                emails,
                List.copyOf(phones),
                MatchKeys.organization(data.currentEmployer()),
                MatchKeys.city(data.location().city()));
    }

    /**
     * Element i holds the likely duplicates of probe i, best first. Merged people are left out by the name queries
     * (tombstones have no full name here, so {@link #candidates} drops them).
     */
    List<List<DuplicateCandidate>> match(List<Probe> probes) {
        Map<String, Set<Long>> byEmail = lookup(
                probes.stream().flatMap(p -> p.emails().keySet().stream()).toList(),
                "select email_key as k, person_id as id from person_email_key where email_key in (:keys)");
        Map<String, Set<Long>> byPhone = lookup(
                probes.stream().flatMap(p -> p.phones().stream()).toList(),
                "select phone as k, person_id as id from person_phone where phone in (:keys)");
        Map<String, List<NameRow>> byEmployer = names(
                "sound_employer", probes.stream().map(Probe::soundEmployer).toList());
        Map<String, List<NameRow>> byCity =
                names("sound_city", probes.stream().map(Probe::soundCity).toList());

        var ids = new HashSet<Long>();
        byEmail.values().forEach(ids::addAll);
        byPhone.values().forEach(ids::addAll);
        Map<Long, String> fullNames = fullNames(ids);
        for (var byName : List.of(byEmployer, byCity)) {
            byName.values().forEach(rows -> rows.forEach(r -> fullNames.put(r.id(), r.fullName())));
        }

        var answers = new ArrayList<List<DuplicateCandidate>>(probes.size());
        for (Probe probe : probes) {
            answers.add(candidates(probe, byEmail, byPhone, sameSound(probe, byEmployer, byCity), fullNames));
        }
        return answers;
    }

    /**
     * Element i holds the rows before row i of a batch not saved yet that row i is likely the same human as, best
     * first, by the rules of {@link #match}: each row is compared with the rows before it, in memory.
     */
    List<List<BatchDuplicates.EarlierRow>> matchWithin(List<Probe> probes, List<PersonData> rows) {
        var byEmail = new HashMap<String, Set<Long>>();
        var byPhone = new HashMap<String, Set<Long>>();
        var byEmployer = new HashMap<String, List<NameRow>>();
        var byCity = new HashMap<String, List<NameRow>>();
        var fullNames = new HashMap<Long, String>();
        var answers = new ArrayList<List<BatchDuplicates.EarlierRow>>(probes.size());
        for (int i = 0; i < probes.size(); i++) {
            Probe probe = probes.get(i);
            answers.add(candidates(probe, byEmail, byPhone, sameSound(probe, byEmployer, byCity), fullNames).stream()
                    .map(c -> new BatchDuplicates.EarlierRow((int) c.person().value(), c.reasons(), c.score()))
                    .toList());
            long row = i;
            PersonData data = rows.get(i);
            probe.emails().keySet().forEach(key -> byEmail.computeIfAbsent(key, k -> new LinkedHashSet<>())
                    .add(row));
            probe.phones().forEach(phone -> byPhone.computeIfAbsent(phone, k -> new LinkedHashSet<>())
                    .add(row));
            var name = new NameRow(
                    row,
                    data.fullName(),
                    probe.name(),
                    probe.employer(),
                    data.currentEmployer(),
                    probe.city(),
                    data.location().city());
            if (probe.soundEmployer() != null) {
                byEmployer
                        .computeIfAbsent(probe.soundEmployer(), k -> new ArrayList<>())
                        .add(name);
            }
            if (probe.soundCity() != null) {
                byCity.computeIfAbsent(probe.soundCity(), k -> new ArrayList<>())
                        .add(name);
            }
            fullNames.put(row, data.fullName());
        }
        return answers;
    }

    private static Collection<NameRow> sameSound(
            Probe probe, Map<String, List<NameRow>> byEmployer, Map<String, List<NameRow>> byCity) {
        var sameSound = new LinkedHashMap<Long, NameRow>();
        byEmployer.getOrDefault(probe.soundEmployer(), List.of()).forEach(r -> sameSound.putIfAbsent(r.id(), r));
        byCity.getOrDefault(probe.soundCity(), List.of()).forEach(r -> sameSound.putIfAbsent(r.id(), r));
        return sameSound.values();
    }

    private List<DuplicateCandidate> candidates(
            Probe probe,
            Map<String, Set<Long>> byEmail,
            Map<String, Set<Long>> byPhone,
            Collection<NameRow> sameSound,
            Map<Long, String> fullNames) {
        var hits = new LinkedHashMap<Long, Hit>();
        Function<Long, Hit> hit = id -> hits.computeIfAbsent(id, Hit::new);
        probe.emails().forEach((key, shown) -> {
            for (Long id : byEmail.getOrDefault(key, Set.of())) {
                if (!id.equals(probe.self())) {
                    hit.apply(id).add("same email " + shown, EMAIL);
                }
            }
        });
        for (String phone : probe.phones()) {
            for (Long id : byPhone.getOrDefault(phone, Set.of())) {
                if (!id.equals(probe.self())) {
                    hit.apply(id).add("same phone " + phoneNumbers.view(phone).display(), PHONE);
                }
            }
        }
        if (probe.sound() != null && !probe.name().isEmpty()) {
            for (NameRow row : sameSound) {
                if (row.id().equals(probe.self())) {
                    continue;
                }
                nameReason(probe, row).ifPresent(r -> hit.apply(row.id()).add(r.text(), r.score()));
            }
        }
        return hits.values().stream()
                .filter(h -> fullNames.containsKey(h.id))
                .map(h -> new DuplicateCandidate(
                        new PersonId(h.id),
                        fullNames.get(h.id),
                        List.copyOf(h.reasons),
                        Math.round(h.score() * 100) / 100.0))
                .sorted(Comparator.comparingDouble(DuplicateCandidate::score)
                        .reversed()
                        .thenComparing(c -> c.person().value()))
                .limit(MAX_CANDIDATES)
                .toList();
    }

    private java.util.Optional<Reason> nameReason(Probe probe, NameRow row) {
        double similarity = probe.name().equals(row.name()) ? 1.0 : jaroWinkler.apply(probe.name(), row.name());
        if (similarity < SIMILAR_NAME) {
            return java.util.Optional.empty();
        }
        String name = similarity == 1.0 ? "same name" : "similar name";
        boolean employer = probe.employer() != null && probe.employer().equals(row.employer());
        boolean city = probe.city() != null && probe.city().equals(row.city());
        if (employer && city) {
            return java.util.Optional.of(new Reason(
                    name + ", same employer " + row.employerShown() + " and same city " + row.cityShown(),
                    NAME_EMPLOYER_CITY * similarity));
        }
        if (employer) {
            return java.util.Optional.of(
                    new Reason(name + " and same employer " + row.employerShown(), NAME_EMPLOYER * similarity));
        }
        if (city) {
            return java.util.Optional.of(
                    new Reason(name + " and same city " + row.cityShown(), NAME_CITY * similarity));
        }
        return java.util.Optional.empty();
    }

    private Map<String, Set<Long>> lookup(Collection<String> keys, String sql) {
        var found = new HashMap<String, Set<Long>>();
        for (List<String> chunk : chunks(keys)) {
            jdbc.sql(sql)
                    .param("keys", chunk)
                    .query((rs, n) -> {
                        found.computeIfAbsent(rs.getString("k"), k -> new LinkedHashSet<>())
                                .add(rs.getLong("id"));
                        return null;
                    })
                    .list();
        }
        return found;
    }

    /** Kept people by the sound of their name joined with their employer or city ({@code column}), by that key. */
    private Map<String, List<NameRow>> names(String column, Collection<String> keys) {
        var found = new HashMap<String, List<NameRow>>();
        for (List<String> chunk : chunks(keys.stream().filter(Objects::nonNull).toList())) {
            jdbc.sql("select id, full_name, " + column + " as k, current_employer, city from person" + " where "
                            + column + " in (:keys) and merged_into is null")
                    .param("keys", chunk)
                    .query((rs, n) -> {
                        String fullName = rs.getString("full_name");
                        String employer = rs.getString("current_employer");
                        String city = rs.getString("city");
                        found.computeIfAbsent(rs.getString("k"), k -> new ArrayList<>())
                                .add(new NameRow(
                                        rs.getLong("id"),
                                        fullName,
                                        MatchKeys.name(fullName),
                                        MatchKeys.organization(employer),
                                        employer,
                                        MatchKeys.city(city),
                                        city));
                        return null;
                    })
                    .list();
        }
        return found;
    }

    private Map<Long, String> fullNames(Collection<Long> ids) {
        var found = new HashMap<Long, String>();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql("select id, full_name from person where id in (:ids) and merged_into is null")
                    .param("ids", chunk)
                    .query((rs, n) -> found.put(rs.getLong("id"), rs.getString("full_name")))
                    .list();
        }
        return found;
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        var distinct = new ArrayList<>(new LinkedHashSet<>(values));
        var chunks = new ArrayList<List<T>>();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            chunks.add(distinct.subList(i, Math.min(i + CHUNK, distinct.size())));
        }
        return chunks;
    }

    /**
     * What one person is compared by. {@code self} is the person's own id when they are already kept (the scan), so
     * they do not match themselves; {@code emails} maps each e-mail key to the address as it was typed.
     */
    record Probe(
            Long self,
            String name,
            String sound,
            Map<String, String> emails,
            List<String> phones,
            String employer,
            String city) {

        String soundEmployer() {
            return MatchKeys.soundWith(sound, employer);
        }

        String soundCity() {
            return MatchKeys.soundWith(sound, city);
        }
    }

    private record NameRow(
            Long id,
            String fullName,
            String name,
            String employer,
            String employerShown,
            String city,
            String cityShown) {}

    private record Reason(String text, double score) {}

    private static final class Hit {
        final long id;
        final List<String> reasons = new ArrayList<>();
        double miss = 1.0;

        Hit(long id) {
            this.id = id;
        }

        void add(String reason, double score) {
            if (!reasons.contains(reason)) {
                reasons.add(reason);
                miss *= 1.0 - score;
            }
        }

        /** The chance that at least one reason is right, taking the reasons as independent hints. */
        double score() {
            return 1.0 - miss;
        }
    }
}
