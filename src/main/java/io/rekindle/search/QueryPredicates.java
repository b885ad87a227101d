package io.rekindle.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/** Turns a parsed boolean query into Hibernate Search predicates, which run on Lucene and on OpenSearch alike. */
final class QueryPredicates {

    /** Where a word goes: the analyzed field, the unstemmed one for wildcards, a boost, and whether it is keyword. */
    private record Target(String field, String prefixField, float boost, boolean keyword) {}

    private static final Map<String, List<Target>> FIELDS = Map.of(
            "title", List.of(new Target("title", "title_raw", 3f, false)),
            "skills", List.of(new Target("skills", "skills_raw", 2f, false)),
            "company", List.of(new Target("company", "company_raw", 1f, false)),
            "city", List.of(new Target("city", "city", 1f, false)),
            "tag", List.of(new Target("tag", "tag", 1f, true)),
            "name", List.of(new Target("name", "name", 1f, false)),
            "resume", List.of(new Target("resume", "resume", 1f, false)),
            "history", List.of(new Target("history", "history", 1f, false)));

    private static final List<Target> EVERYWHERE = List.of(
            new Target("title", "title_raw", 3f, false),
            new Target("skills", "skills_raw", 2f, false),
            new Target("name", "name", 2f, false),
            new Target("company", "company_raw", 1f, false),
            new Target("city", "city", 1f, false),
            new Target("tag", "tag", 1f, true),
            new Target("history", "history", 0.5f, false),
            new Target("resume", "resume", 1f, false));

    private QueryPredicates() {}

    static PredicateFinalStep of(SearchPredicateFactory f, Query query) {
        if (query instanceof Query.And and) {
            var step = f.and();
            and.parts().forEach(p -> step.add(of(f, p)));
            return step;
        }
        if (query instanceof Query.Or or) {
            var step = f.or();
            or.parts().forEach(p -> step.add(of(f, p)));
            return step;
        }
        if (query instanceof Query.Not not) {
            return f.and().add(f.matchAll()).add(f.not(of(f, not.part())));
        }
        if (query instanceof Query.Term term) {
            return term(f, term);
        }
        return f.matchAll();
    }

    private static PredicateFinalStep term(SearchPredicateFactory f, Query.Term term) {
        List<Target> targets = term.field() == null ? EVERYWHERE : FIELDS.get(term.field());
        var any = f.or();
        for (Target t : targets) {
            any.add(
                    switch (term.kind()) {
                        case WORD ->
                            f.match().field(t.field()).matching(term.text()).boost(t.boost());
                        case PHRASE ->
                            t.keyword()
                                    ? f.match()
                                            .field(t.field())
                                            .matching(term.text())
                                            .boost(t.boost())
                                    : f.phrase()
                                            .field(t.field())
                                            .matching(term.text())
                                            .boost(t.boost());
                        case PREFIX ->
                            f.wildcard()
                                    .field(t.prefixField())
                                    .matching(term.text().toLowerCase(Locale.ROOT))
                                    .boost(t.boost());
                    });
        }
        return any;
    }
}
