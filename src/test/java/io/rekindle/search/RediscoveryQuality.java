package io.rekindle.search;

import io.rekindle.openings.CompanyId;
import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.OpeningId;
import io.rekindle.openings.OpeningStatus;
import io.rekindle.openings.PayRange;
import io.rekindle.platform.SkillDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.core.io.ClassPathResource;

/**
 * The rediscovery quality benchmark: the 166 unique resumes of the Kaggle resume data set as people (their title as
 * a resume parser takes it, their resume text), and one opening per category, given as the title a recruiter would
 * type or as a full job description (derived by {@code tools/derive-search-quality.py}). A person is relevant to an
 * opening when their resume has its category. Ranking is the application's {@link Fit} with some parts on, over
 * candidates found lexically (BM25 in Lucene with the English analyzer, as the index does), the lexical part being
 * the candidate's rank as in {@link Rediscovery}. Precision@10 and nDCG@10 are macro-averaged over the categories.
 */
final class RediscoveryQuality {

    static final int K = 10;

    private final List<Person> people = new ArrayList<>();
    private final List<Opening> openings = new ArrayList<>();
    private final TitleFamilies titles = new TitleFamilies();
    private final SkillDictionary dictionary = new SkillDictionary();
    private final SemanticSimilarity semantic;
    private final ProfileVectors vectors;
    private final Fit fit;
    private final Ranking ranking;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;
    private final Map<Integer, Long> docToPerson = new HashMap<>();

    record Person(long id, String category, ProfileData profile) {}

    record Opening(String category, OpeningDetails byTitle, OpeningDetails byDescription, String source) {}

    /** One configuration's figures: macro P@10 and nDCG@10, by title and by full job description. */
    record Figures(String name, double titlePrecision, double titleNdcg, double jdPrecision, double jdNdcg) {}

    RediscoveryQuality(boolean semantics) {
        semantic = new SemanticSimilarity(semantics);
        vectors = new ProfileVectors(semantic);
        fit = new Fit(titles, dictionary, semantic, vectors);
        ranking = new Ranking(titles, null, fit, Clock.systemUTC(), null);
        for (List<String> f : rows("search/quality/resumes.tsv")) {
            long id = Long.parseLong(f.get(0));
            String title = f.get(2).isBlank() ? null : f.get(2);
            var c = titles.classify(title);
            var profile = new ProfileData(
                    id,
                    "Person " + id,
                    title,
                    c.map(TitleFamilies.TitleClass::occupation).orElse(null),
                    c.map(TitleFamilies.TitleClass::family).orElse(null),
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    0,
                    0,
                    null,
                    null,
                    0,
                    null,
                    null,
                    f.get(3),
                    Instant.EPOCH);
            people.add(new Person(id, f.get(1), profile));
        }
        long n = 0;
        for (List<String> f : rows("search/quality/openings.tsv")) {
            n++;
            openings.add(new Opening(f.get(0), opening(n, f.get(1), null), opening(n, f.get(2), f.get(4)), f.get(3)));
        }
        searcher = index();
        if (semantics) {
            vectors.embed(people.stream().map(Person::profile).toList());
        }
    }

    List<Opening> openings() {
        return openings;
    }

    int people() {
        return people.size();
    }

    /** Plain BM25: the opening's title, or its job description, against the resume text; nothing else. */
    Figures bm25() {
        return figures("BM25 on the resume text (baseline)", o -> {
            String text = o.description() == null ? o.title() : o.description();
            return lexical(Map.of("resume", 1f), text).keySet().stream().toList();
        });
    }

    /** The application's ranking with these parts of fit on. */
    Figures ranked(String name, FitParts parts) {
        Fit scoring = fit.with(parts);
        return figures(name, o -> {
            Target target = ranking.target(o);
            var candidates = candidates(o);
            double top = candidates.values().stream().mapToDouble(d -> d).max().orElse(1);
            var scored = new ArrayList<Map.Entry<Long, Double>>();
            for (long id : candidates.keySet()) {
                double lexical = top == 0 ? 0 : candidates.get(id) / top;
                ProfileData p = byId(id).profile();
                scored.add(Map.entry(
                        id,
                        scoring.score(target, p, ProfileHistory.EMPTY, lexical, null)
                                .total()));
            }
            scored.sort(Map.Entry.<Long, Double>comparingByValue().reversed());
            return scored.stream().map(Map.Entry::getKey).toList();
        });
    }

    /** The people an opening finds by its words, best first: title on titles and resumes, description on resumes. */
    private Map<Long, Double> candidates(OpeningDetails o) {
        var found = new java.util.LinkedHashMap<Long, Double>();
        var scores = new HashMap<Long, Double>();
        lexical(Map.of("title", 3f, "resume", 1f), o.title()).forEach((id, s) -> scores.merge(id, s, Double::sum));
        if (o.description() != null) {
            lexical(Map.of("resume", 1f, "title", 0.5f), o.description())
                    .forEach((id, s) -> scores.merge(id, s, Double::sum));
        }
        scores.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                .limit(Rediscovery.CANDIDATES)
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        // the index also finds people by their title's occupation and family
        var target = ranking.target(o);
        for (Person p : people) {
            if ((target.occupation() != null
                            && target.occupation().equals(p.profile().titleOccupation()))
                    || (target.family() != null
                            && target.family().equals(p.profile().titleFamily()))) {
                found.putIfAbsent(p.id(), 0.0);
            }
        }
        return found;
    }

    private Figures figures(String name, java.util.function.Function<OpeningDetails, List<Long>> rank) {
        double tp = 0, tn = 0, jp = 0, jn = 0;
        for (Opening o : openings) {
            long relevant = people.stream()
                    .filter(p -> p.category().equals(o.category()))
                    .count();
            List<Long> byTitle = rank.apply(o.byTitle());
            List<Long> byJd = rank.apply(o.byDescription());
            tp += precision(byTitle, o.category());
            tn += ndcg(byTitle, o.category(), relevant);
            jp += precision(byJd, o.category());
            jn += ndcg(byJd, o.category(), relevant);
            if (Boolean.getBoolean("quality.verbose")) {
                System.out.printf(
                        "  %-28s %-28s title nDCG %.2f  jd nDCG %.2f  top: %s%n",
                        name.substring(0, Math.min(28, name.length())),
                        o.category(),
                        ndcg(byTitle, o.category(), relevant),
                        ndcg(byJd, o.category(), relevant),
                        byTitle.stream()
                                .limit(5)
                                .map(id -> byId(id).category() + "/"
                                        + byId(id).profile().title())
                                .toList());
            }
        }
        int n = openings.size();
        return new Figures(name, tp / n, tn / n, jp / n, jn / n);
    }

    private double precision(List<Long> ranked, String category) {
        return ranked.stream().limit(K).filter(id -> relevant(id, category)).count() / (double) K;
    }

    private double ndcg(List<Long> ranked, String category, long relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            if (relevant(ranked.get(i), category)) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(K, relevant); i++) {
            ideal += 1 / log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private boolean relevant(long id, String category) {
        return byId(id).category().equals(category);
    }

    private Person byId(long id) {
        return people.get((int) id - 1);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** BM25 scores of the people matching any of the text's words in the given fields (boosted), best first. */
    private Map<Long, Double> lexical(Map<String, Float> fields, String text) {
        try {
            var terms = new LinkedHashSet<String>();
            try (var stream = analyzer.tokenStream("resume", text)) {
                var term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            }
            var query = new BooleanQuery.Builder();
            int clauses = 0;
            for (String t : terms) {
                for (var field : fields.entrySet()) {
                    if (clauses++ < IndexSearcher.getMaxClauseCount()) {
                        query.add(
                                new BoostQuery(new TermQuery(new Term(field.getKey(), t)), field.getValue()),
                                BooleanClause.Occur.SHOULD);
                    }
                }
            }
            var result = new java.util.LinkedHashMap<Long, Double>();
            for (var hit : searcher.search(query.build(), people.size()).scoreDocs) {
                result.put(docToPerson.get(hit.doc), (double) hit.score);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexSearcher index() {
        try {
            var directory = new ByteBuffersDirectory();
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Person p : people) {
                    var doc = new Document();
                    doc.add(new StoredField("id", p.id()));
                    doc.add(new TextField("title", Objects.toString(p.profile().title(), ""), Field.Store.NO));
                    doc.add(new TextField("resume", p.profile().resumeText(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            var reader = DirectoryReader.open(directory);
            for (int i = 0; i < reader.maxDoc(); i++) {
                docToPerson.put(
                        i,
                        reader.storedFields()
                                .document(i)
                                .getField("id")
                                .numericValue()
                                .longValue());
            }
            return new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpeningDetails opening(long id, String title, String description) {
        return new OpeningDetails(
                new OpeningId(id),
                new CompanyId(1L),
                "Benchmark client",
                title,
                null,
                null,
                null,
                true,
                List.of(),
                null,
                PayRange.UNKNOWN,
                null,
                description,
                OpeningStatus.OPEN,
                LocalDate.of(2026, 1, 1),
                null,
                null,
                0);
    }

    private static List<List<String>> rows(String resource) {
        var rows = new ArrayList<List<String>>();
        try (var in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(List.of(line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Comparator<Figures> byTitleNdcg() {
        return Comparator.comparingDouble(Figures::titleNdcg);
    }
}
