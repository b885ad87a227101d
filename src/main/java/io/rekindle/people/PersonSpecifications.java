package io.rekindle.people;

import io.rekindle.platform.Text;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Translates a {@link PersonFilter} into a query. */
final class PersonSpecifications {

    private PersonSpecifications() {}

    static Specification<Person> matching(PersonFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            predicates.add(cb.isNull(root.get("mergedInto")));
            String name = Text.trimToNull(filter.name());
            if (name != null) {
                predicates.add(cb.like(root.get("nameKey"), "%" + escape(Text.key(name)) + "%", '\\'));
            }
            String email = Text.trimToNull(filter.email());
            if (email != null) {
                var sub = query.subquery(Long.class);
                var p = sub.from(Person.class);
                jakarta.persistence.criteria.Join<Person, String> key = p.join("emailKeys");
                String wanted = email.toLowerCase(Locale.ROOT);
                String mailbox = MatchKeys.email(wanted);
                sub.select(p.get("id"))
                        .where(
                                mailbox != null
                                        ? cb.equal(key, mailbox)
                                        : cb.or(
                                                cb.like(key, escape(wanted) + "%", '\\'),
                                                cb.like(key, escape(wanted.replace(".", "")) + "%", '\\')));
                predicates.add(root.get("id").in(sub));
            }
            String city = Text.trimToNull(filter.city());
            if (city != null) {
                predicates.add(cb.equal(cb.lower(root.get("city")), city.toLowerCase(Locale.ROOT)));
            }
            String tag = Text.trimToNull(filter.tag());
            if (tag != null) {
                predicates.add(cb.isMember(tag, root.get("tags")));
            }
            if (filter.owner() != null) {
                predicates.add(cb.equal(root.get("ownerId"), filter.owner().value()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
