package io.rekindle.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the people someone about to be created probably already is: exact match on lower-cased e-mail only (stub).
 * The duplicates work replaces this class with the full matching (phones, fuzzy names with employer or city).
 */
@Service
@Transactional(readOnly = true)
public class Duplicates {

    private final JdbcClient jdbc;

    Duplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Likely duplicates of someone about to be created, best first; reasons are short user-facing phrases. */
    public List<DuplicateCandidate> likelyDuplicatesOf(PersonData data) {
        return likelyDuplicatesOfAll(List.of(data)).get(0);
    }

    /** The same for a batch (imports): element i answers batch element i. */
    public List<List<DuplicateCandidate>> likelyDuplicatesOfAll(List<PersonData> batch) {
        var emails = new LinkedHashSet<String>();
        batch.forEach(d -> d.emails().forEach(e -> emails.add(key(e))));
        var byEmail = new HashMap<String, List<DuplicateCandidate>>();
        var list = new ArrayList<>(emails);
        for (int from = 0; from < list.size(); from += 500) {
            var slice = list.subList(from, Math.min(list.size(), from + 500));
            jdbc.sql("select e.email, p.id, p.full_name from person_email e join person p on p.id = e.person_id"
                            + " where e.email in (:emails) order by p.id")
                    .param("emails", slice)
                    .query((rs, n) -> {
                        byEmail.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new DuplicateCandidate(
                                        new PersonId(rs.getLong(2)), rs.getString(3), List.of("same e-mail"), 1.0));
                        return null;
                    })
                    .list();
        }
        var result = new ArrayList<List<DuplicateCandidate>>();
        for (PersonData data : batch) {
            Map<PersonId, DuplicateCandidate> found = new java.util.LinkedHashMap<>();
            data.emails().forEach(e -> byEmail.getOrDefault(key(e), List.of())
                    .forEach(c -> found.putIfAbsent(c.person(), c)));
            result.add(List.copyOf(found.values()));
        }
        return result;
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
