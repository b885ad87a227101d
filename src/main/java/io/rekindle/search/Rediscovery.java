package io.rekindle.search;

import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.OpeningFilter;
import io.rekindle.openings.OpeningId;
import io.rekindle.openings.OpeningStatus;
import io.rekindle.openings.Openings;
import io.rekindle.people.PersonId;
import io.rekindle.platform.NotFoundException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rediscovery: for an opening, the people of the whole database ranked by fit and readiness, each with why; and for
 * a person, the open openings they fit. Candidates come from the index (title, equivalent titles, skills, place, the
 * job description), the ranking and the explanation from their profiles.
 */
@Service
@Transactional(readOnly = true)
public class Rediscovery {

    static final int CANDIDATES = 200;
    static final int COUNTED = 1_000;
    static final List<String> EXCLUSIONS =
            List.of("doNotContact", "placedInLast12Months", "alreadyInThisPipeline", "cultureFitNoForThisClient");
    static final int MAX_DESCRIPTION = 2000;

    private final EntityManager entityManager;
    private final Openings openings;
    private final Ranking ranking;
    private final TitleFamilies titles;
    private final Places places;
    private final JsonMapper json;
    private final ProfileVectors profileVectors;
    private final Clock clock;

    Rediscovery(
            EntityManager entityManager,
            Openings openings,
            Ranking ranking,
            TitleFamilies titles,
            Places places,
            JsonMapper json,
            ProfileVectors profileVectors,
            Clock clock) {
        this.profileVectors = profileVectors;
        this.entityManager = entityManager;
        this.openings = openings;
        this.ranking = ranking;
        this.titles = titles;
        this.places = places;
        this.json = json;
        this.clock = clock;
    }

    public RediscoveryResult forOpening(OpeningId id, int limit) {
        return forOpening(openings.get(id), limit);
    }

    /**
     * The ranked people for an opening, those in another active process apart, and who of the best candidates was left
     * out and why. Only the {@value #CANDIDATES} best candidates by the index's score are read, and matches are counted
     * exactly up to {@value #COUNTED}: past that, the index skips people who cannot reach the best candidates.
     */
    public RediscoveryResult forOpening(OpeningDetails opening, int limit) {
        LocalDate today = LocalDate.now(clock);
        Target target = ranking.target(opening);
        var result = Search.session(entityManager)
                .search(SearchProfile.class)
                .select(f -> f.composite().from(f.entity(), f.score()).asList())
                .where(f -> candidates(f, opening, target))
                .totalHitCountThreshold(COUNTED)
                .fetch(CANDIDATES);
        var hits = result.hits();
        List<ProfileData> profiles =
                hits.stream().map(h -> ((SearchProfile) h.get(0)).data()).toList();
        float top = hits.isEmpty() ? 1 : Math.max((Float) hits.get(0).get(1), Float.MIN_NORMAL);
        var ranked = new ArrayList<RediscoveredPerson>();
        var inProcess = new ArrayList<RediscoveredPerson>();
        var excluded = new LinkedHashMap<String, Long>();
        for (String why : EXCLUSIONS) {
            excluded.put(why, 0L);
        }
        int position = 0;
        for (ProfileData p : profiles) {
            // the words' score relative to the best candidate's
            double lexical = (Float) hits.get(position++).get(1) / top;
            ProfileHistory history = history(p);
            String why = exclusion(p, history, opening, today);
            if (why != null) {
                excluded.merge(why, 1L, Long::sum);
                continue;
            }
            var person = ranking.rank(target, p, history, lexical, today);
            if (history.candidacies().stream().anyMatch(ProfileHistory.Past::active)) {
                inProcess.add(person);
            } else {
                ranked.add(person);
            }
        }
        ranked.sort(Comparator.comparingDouble(RediscoveredPerson::score).reversed());
        profileVectors.embedLater(profiles.subList(0, Math.min(profiles.size(), 2 * limit)));
        inProcess.sort(Comparator.comparingDouble(RediscoveredPerson::score).reversed());
        return new RediscoveryResult(
                opening.id(),
                opening.label(),
                ranked.stream().limit(limit).toList(),
                inProcess.stream().limit(limit).toList(),
                excluded,
                result.total().hitCountLowerBound(),
                result.total().isHitCountExact());
    }

    /** Why a candidate may not be proposed for this opening, or null when they may. */
    private static String exclusion(ProfileData p, ProfileHistory history, OpeningDetails opening, LocalDate today) {
        if (p.doNotContact()) {
            return "doNotContact";
        }
        if (p.placedOn() != null && !p.placedOn().isBefore(today.minusMonths(12))) {
            return "placedInLast12Months";
        }
        if (history.candidacies().stream()
                .anyMatch(c -> c.opening() == opening.id().value())) {
            return "alreadyInThisPipeline";
        }
        boolean cultureFitNo = history.candidacies().stream()
                .anyMatch(c -> c.company() == opening.company().value()
                        && "CULTURE_FIT".equals(c.reason())
                        && c.clientRevisitOn() == null);
        return cultureFitNo ? "cultureFitNoForThisClient" : null;
    }

    /** The open openings a person fits, best first. */
    public List<OpeningFit> openingsFor(PersonId person, int limit) {
        var profile = entityManager.find(SearchProfile.class, person.value());
        if (profile == null) {
            throw new NotFoundException("Person", person);
        }
        ProfileData p = profile.data();
        ProfileHistory history = history(p);
        LocalDate today = LocalDate.now(clock);
        var open = openings.find(
                        new OpeningFilter(null, null, OpeningStatus.OPEN),
                        PageRequest.of(0, 500, Sort.by(Sort.Direction.DESC, "openedOn")))
                .getContent();
        return open.stream()
                .filter(o -> history.candidacies().stream().noneMatch(c -> c.opening() == o.id().value()))
                .map(o -> {
                    var ranked = ranking.rank(ranking.target(o), p, history, 0.5, today);
                    return new OpeningFit(o.id(), o.label(), ranked.score(), ranked.explanation());
                })
                .filter(f -> f.score() >= 25)
                .sorted(Comparator.comparingDouble(OpeningFit::score).reversed())
                .limit(limit)
                .toList();
    }

    private PredicateFinalStep candidates(SearchPredicateFactory f, OpeningDetails opening, Target target) {
        var any = f.or();
        String title = opening.title();
        any.add(f.phrase().field("title").matching(title).boost(5f));
        any.add(f.match().field("title").matching(title).boost(2f));
        for (String equivalent : titles.equivalents(title).stream().limit(20).toList()) {
            any.add(f.phrase().field("title").matching(equivalent).boost(3f));
        }
        if (target.occupation() != null) {
            any.add(f.match()
                    .field("titleOccupation")
                    .matching(target.occupation())
                    .boost(4f));
        }
        if (target.family() != null) {
            any.add(f.match().field("titleFamily").matching(target.family()).boost(1.5f));
        }
        for (String skill : opening.skills()) {
            any.add(f.match().field("skill").matching(skill).boost(1f));
            any.add(f.match().field("resume").matching(skill).boost(0.5f));
        }
        String description = opening.description();
        if (description != null && !description.isBlank()) {
            String text =
                    description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) : description;
            any.add(f.match().field("resume").matching(text).boost(1f));
            any.add(f.match().field("title").matching(text).boost(0.5f));
        }
        any.add(f.match().field("resume").matching(title).boost(1f));
        if (!opening.remote() && target.point() != null) {
            any.add(f.spatial()
                    .within()
                    .field("location")
                    .circle(
                            target.point().latitude(),
                            target.point().longitude(),
                            target.radiusKm(),
                            DistanceUnit.KILOMETERS)
                    .constantScore()
                    .boost(0.5f));
        }
        return any;
    }

    private ProfileHistory history(ProfileData p) {
        return p.history() == null ? ProfileHistory.EMPTY : json.readValue(p.history(), ProfileHistory.class);
    }

    static String words(String constant) {
        return constant == null ? "" : constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
