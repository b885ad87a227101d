package io.rekindle.search;

import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.Seniority;
import io.rekindle.platform.SkillDictionary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How well a person fits an opening, part by part: the words they share (lexical, from the index), title (the same
 * title, an equivalent one of the same O*NET occupation, or one of the same family), skills overlap (canonical
 * skills of the dictionary, from the opening's list and description and the person's list and resume), closeness in
 * meaning of titles and short profiles (embeddings), level, distance or remote, and pay.
 */
@Component
class Fit {

    /** How much of the resume is read for skills. */
    static final int RESUME_SKILLS_CHARS = 20_000;

    private static final double LEXICAL = 0.30;
    private static final double TITLE = 0.25;
    private static final double SEMANTIC = 0.20;
    private static final double SKILLS = 0.10;
    private static final double LEVEL = 0.05;
    private static final double PLACE = 0.05;
    private static final double PAY = 0.05;

    private final TitleFamilies titles;
    private final SkillDictionary dictionary;
    private final SemanticSimilarity semantic;
    private final ProfileVectors vectors;
    private final FitParts parts;

    @Autowired
    Fit(TitleFamilies titles, SkillDictionary dictionary, SemanticSimilarity semantic, ProfileVectors vectors) {
        this(titles, dictionary, semantic, vectors, FitParts.ALL);
    }

    private Fit(
            TitleFamilies titles,
            SkillDictionary dictionary,
            SemanticSimilarity semantic,
            ProfileVectors vectors,
            FitParts parts) {
        this.titles = titles;
        this.dictionary = dictionary;
        this.semantic = semantic;
        this.vectors = vectors;
        this.parts = parts;
    }

    /** The same fit with only some parts (for measuring what each adds). */
    Fit with(FitParts parts) {
        return new Fit(titles, dictionary, semantic, vectors, parts);
    }

    FitParts parts() {
        return parts;
    }

    /** The skills an opening asks for, lower-case to canonical spelling: its list, then those its description names. */
    Map<String, String> skillsOf(OpeningDetails o) {
        var skills = new LinkedHashMap<String, String>();
        for (String s : o.skills()) {
            String name = dictionary.canonical(s).orElse(s.strip());
            skills.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        if (o.description() != null) {
            for (String s : dictionary.findIn(o.description())) {
                skills.putIfAbsent(s.toLowerCase(Locale.ROOT), s);
            }
        }
        return skills;
    }

    /** The short text an opening's meaning is compared by: its title and the start of its description. */
    static String textOf(OpeningDetails o) {
        return o.description() == null || o.description().isBlank() ? o.title() : o.title() + ". " + o.description();
    }

    Score score(Target t, ProfileData p, ProfileHistory history, double lexical, Double km) {
        OpeningDetails o = t.opening();
        double title = parts.titles() ? titleFit(t, p) : 0;
        var matched = new ArrayList<String>();
        double skills = parts.skills() ? skillsFit(t, p, matched) : 0;
        double similarTitle = 0;
        double meaning = 0;
        if (parts.semantics() && semantic.enabled()) {
            similarTitle = scaled(semantic.similarity(o.title(), p.title()));
            float[] profile = vectors.of(p);
            meaning = profile == null
                    ? similarTitle
                    : Math.max(similarTitle, scaled(SemanticSimilarity.cosine(semantic.vector(t.text()), profile)));
        }
        double level = levelFit(t, p);
        double place = o.remote()
                ? 1
                : km == null
                        ? 0.3
                        : km <= t.radiusKm()
                                ? 1 - 0.3 * km / t.radiusKm()
                                : Math.max(0, 0.5 - (km - t.radiusKm()) / 1000);
        double pay = payFit(o, history);
        double weights = LEXICAL + LEVEL + PLACE + PAY;
        double total = LEXICAL * lexical + LEVEL * level + PLACE * place + PAY * pay;
        if (parts.titles()) {
            weights += TITLE;
            total += TITLE * title;
        }
        if (parts.skills()) {
            weights += SKILLS;
            total += SKILLS * skills;
        }
        if (parts.semantics()) {
            weights += SEMANTIC;
            total += SEMANTIC * meaning;
        }
        return new Score(
                title,
                similarTitle,
                skills,
                List.copyOf(matched),
                level,
                place,
                pay,
                meaning,
                lexical,
                total / weights);
    }

    private double titleFit(Target t, ProfileData p) {
        if (p.title() == null) {
            return 0;
        }
        String theirs = TitleFamilies.key(p.title());
        if (theirs.equals(t.titleKey())) {
            return 1;
        }
        // an occupation is coarse (Java and Python developers are both "Software Developers"): the words count too
        double words = overlap(theirs, t.titleKey());
        if (t.occupation() != null && t.occupation().equals(p.titleOccupation())) {
            return Math.max(0.9 * words, 0.6);
        }
        if (t.family() != null && t.family().equals(p.titleFamily())) {
            return Math.max(0.9 * words, 0.3);
        }
        return 0.9 * words;
    }

    /** Shared words of two title keys over all their words (Jaccard). */
    static double overlap(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        var x = new java.util.HashSet<>(java.util.Arrays.asList(a.split(" ")));
        var y = new java.util.HashSet<>(java.util.Arrays.asList(b.split(" ")));
        long common = y.stream().filter(x::contains).count();
        return common / (double) (x.size() + y.size() - common);
    }

    private double skillsFit(Target t, ProfileData p, List<String> matched) {
        if (t.skills().isEmpty()) {
            return 0.5;
        }
        var theirs = new java.util.HashSet<String>();
        for (String s : p.skills()) {
            theirs.add(dictionary.canonical(s).orElse(s).toLowerCase(Locale.ROOT));
        }
        String resume = p.resumeText();
        if (resume != null && !resume.isBlank()) {
            String text = resume.length() > RESUME_SKILLS_CHARS ? resume.substring(0, RESUME_SKILLS_CHARS) : resume;
            for (String s : dictionary.findIn(text)) {
                theirs.add(s.toLowerCase(Locale.ROOT));
            }
        }
        for (String s : t.skills()) {
            if (theirs.contains(s)) {
                matched.add(t.skillNames().getOrDefault(s, s));
            }
        }
        // a long description names many skills: having ten of them is a full match
        return Math.min(1, matched.size() / (double) Math.min(t.skills().size(), 10));
    }

    private static double levelFit(Target t, ProfileData p) {
        Seniority theirs = TitleFamilies.seniority(p.title());
        if (t.seniority() == null || theirs == null) {
            return 0.6;
        }
        int gap = Math.abs(t.seniority().ordinal() - theirs.ordinal());
        return gap == 0 ? 1 : gap == 1 ? 0.5 : 0;
    }

    /** Pay against what they were considered for before: 1 when this opening pays at least as much, 0.5 unknown. */
    private static double payFit(OpeningDetails o, ProfileHistory history) {
        if (o.pay() == null || o.pay().max() == null) {
            return 0.5;
        }
        long before = history.candidacies().stream()
                .map(ProfileHistory.Past::payMax)
                .filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        if (before == 0) {
            return 0.5;
        }
        double ratio = o.pay().max() / (double) before;
        return ratio >= 1 ? 1 : Math.max(0, 1 - 2 * (1 - ratio));
    }

    /** Cosine similarity of MiniLM vectors to 0..1: unrelated texts sit near 0.2, the same meaning near 0.8+. */
    static double scaled(double cosine) {
        return Math.max(0, Math.min(1, (cosine - 0.25) / 0.55));
    }

    /**
     * The parts of a fit, each 0 to 1: title (1 same, 0.9 same occupation, 0.5 same family), similarTitle (meaning of
     * the titles), skills (share of the wanted skills they have, those in {@code matched}), level, place, pay,
     * semantic (meaning of titles or short profiles), lexical (rank among the index's candidates), and the weighted
     * total.
     */
    record Score(
            double title,
            double similarTitle,
            double skills,
            List<String> matched,
            double level,
            double place,
            double pay,
            double semantic,
            double lexical,
            double total) {}
}
