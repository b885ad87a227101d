package io.rekindle.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people already kept who may be the same human as someone about to be created (stub).
 *
 * <p>Exact match on lower-cased e-mail only; the duplicates work replaces this with normalized e-mail, phone and fuzzy
 * name with employer or city.
 */
@Service
@Transactional(readOnly = true)
public class Duplicates {

    private final PersonRepository repository;

    Duplicates(PersonRepository repository) {
        this.repository = repository;
    }

    /** Likely duplicates of someone about to be created, best first; reasons are short user-facing phrases. */
    public List<DuplicateCandidate> likelyDuplicatesOf(PersonData data) {
        Map<Long, DuplicateCandidate> found = new LinkedHashMap<>();
        for (String email : data.emails()) {
            if (email == null || email.isBlank()) {
                continue;
            }
            String key = email.strip().toLowerCase(Locale.ROOT);
            for (Person p : repository.findAll((root, query, cb) -> cb.equal(cb.lower(root.join("emails")), key))) {
                var summary = p.summary();
                found.putIfAbsent(
                        summary.id().value(),
                        new DuplicateCandidate(summary.id(), summary.fullName(), List.of("same e-mail " + key), 1.0));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The same for a batch (imports): element i answers batch element i. */
    public List<List<DuplicateCandidate>> likelyDuplicatesOfAll(List<PersonData> batch) {
        return batch.stream().map(this::likelyDuplicatesOf).toList();
    }
}
