package io.rekindle.search;

import io.rekindle.people.PersonId;
import io.rekindle.platform.InvalidInputException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The search module's API for boolean search: query, filters, facets and radius around a city. */
@Service
@Transactional(readOnly = true)
public class PeopleSearch {

    public static final int MAX_PAGE_SIZE = 100;
    static final double DEFAULT_RADIUS = 50;
    static final double KM_PER_MILE = 1.609344;

    private final EntityManager entityManager;
    private final Places places;
    private final Clock clock;

    PeopleSearch(EntityManager entityManager, Places places, Clock clock) {
        this.entityManager = entityManager;
        this.places = places;
        this.clock = clock;
    }

    /** Parses a boolean query; a syntax error becomes an invalid {@code q} that names the position. */
    static Query parse(String q) {
        try {
            return QueryParser.parse(q);
        } catch (QuerySyntaxException e) {
            throw InvalidInputException.of("q", e.getMessage());
        }
    }

    public SearchResults search(SearchRequest request, int page, int size) {
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        Query query = parse(request.q());
        Coordinates center = center(request);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();

        var stages = AggregationKey.<Map<String, Long>>of("stage");
        var sides = AggregationKey.<Map<String, Long>>of("side");
        var reasons = AggregationKey.<Map<String, Long>>of("reason");
        var owners = AggregationKey.<Map<Long, Long>>of("owner");
        var tags = AggregationKey.<Map<String, Long>>of("tag");
        var consent = AggregationKey.<Map<Boolean, Long>>of("consent");
        var revisit = AggregationKey.<Map<Range<LocalDate>, Long>>of("revisit");
        var touched = AggregationKey.<Map<Range<Instant>, Long>>of("lastTouch");

        var session = Search.session(entityManager);
        var result = session.search(SearchProfile.class)
                .where(f -> where(f, query, request, center, today, now))
                .sort(f -> switch (request.sort() == null ? SearchRequest.Sort.RELEVANCE : request.sort()) {
                    case RECENT_TOUCH -> f.field("lastTouchAt").desc().missing().last();
                    case NEWEST -> f.field("personCreatedAt").desc();
                    case DISTANCE ->
                        center == null
                                ? f.score()
                                : f.distance("location", GeoPoint.of(center.latitude(), center.longitude()));
                    case RELEVANCE ->
                        query instanceof Query.All ? f.field("personCreatedAt").desc() : f.score();
                })
                .aggregation(stages, f -> f.terms().field("stageReached", String.class))
                .aggregation(sides, f -> f.terms().field("lastNoSide", String.class))
                .aggregation(reasons, f -> f.terms().field("lastNoReason", String.class))
                .aggregation(owners, f -> f.terms().field("ownerId", Long.class))
                .aggregation(tags, f -> f.terms().field("tag", String.class).maxTermCount(20))
                .aggregation(consent, f -> f.terms().field("doNotContact", Boolean.class))
                .aggregation(revisit, f -> f.range()
                        .field("revisitOn", LocalDate.class)
                        // canonical ranges ([a, b)), the only form OpenSearch range aggregations take
                        .range(Range.lessThan(today.plusDays(1)))
                        .range(Range.atLeast(today.plusDays(1))))
                .aggregation(touched, f -> f.range()
                        .field("lastTouchAt", Instant.class)
                        .range(Range.atLeast(now.minus(Duration.ofDays(30))))
                        .range(Range.canonical(now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(30))))
                        .range(Range.canonical(now.minus(Duration.ofDays(365)), now.minus(Duration.ofDays(90))))
                        .range(Range.lessThan(now.minus(Duration.ofDays(365)))))
                .fetch(pageNumber * pageSize, pageSize);

        var facets = new LinkedHashMap<String, Map<String, Long>>();
        facets.put("stage", result.aggregation(stages));
        facets.put("side", result.aggregation(sides));
        facets.put("reason", result.aggregation(reasons));
        facets.put("owner", keyed(result.aggregation(owners)));
        facets.put("tag", result.aggregation(tags));
        var consentCounts = result.aggregation(consent);
        facets.put(
                "consent",
                ordered(
                        "CONTACTABLE",
                        consentCounts.getOrDefault(false, 0L),
                        "DO_NOT_CONTACT",
                        consentCounts.getOrDefault(true, 0L)));
        var revisitCounts = result.aggregation(revisit).values().stream().toList();
        facets.put("revisitOpen", ordered("true", revisitCounts.get(0), "false", revisitCounts.get(1)));
        var touchCounts = result.aggregation(touched).values().stream().toList();
        long total = result.total().hitCount();
        long touchedAtAll = touchCounts.stream().mapToLong(Long::longValue).sum();
        var lastTouch = new LinkedHashMap<String, Long>();
        for (int i = 0; i < 4; i++) {
            lastTouch.put(SearchRequest.LastTouch.values()[i].name(), touchCounts.get(i));
        }
        lastTouch.put(SearchRequest.LastTouch.NEVER.name(), Math.max(0, total - touchedAtAll));
        facets.put("lastTouch", lastTouch);

        var hits = result.hits().stream().map(p -> hit(p.data(), center, today)).toList();
        return new SearchResults(hits, pageNumber, pageSize, total, facets);
    }

    /** Who matches, newest people first, at most {@code max}: for telling new matches of a saved search. */
    List<Long> matchingIds(SearchRequest request, int max) {
        Query query = parse(request.q());
        Coordinates center = center(request);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        return Search.session(entityManager)
                .search(SearchProfile.class)
                .select(f -> f.id(Long.class))
                .where(f -> where(f, query, request, center, today, now))
                .sort(f -> f.field("personCreatedAt").desc())
                .fetchHits(max);
    }

    private PredicateFinalStep where(
            SearchPredicateFactory f, Query query, SearchRequest r, Coordinates center, LocalDate today, Instant now) {
        var all = f.bool();
        all.must(QueryPredicates.of(f, query));
        if (!r.stage().isEmpty()) {
            all.filter(f.terms()
                    .field("stageReached")
                    .matchingAny(r.stage().stream()
                            .map(s -> s.toUpperCase(Locale.ROOT))
                            .toList()));
        }
        if (r.side() != null && !r.side().isBlank()) {
            all.filter(f.match().field("lastNoSide").matching(r.side().toUpperCase(Locale.ROOT)));
        }
        if (r.reason() != null && !r.reason().isBlank()) {
            all.filter(f.match().field("lastNoReason").matching(r.reason().toUpperCase(Locale.ROOT)));
        }
        if (r.revisitOpen() != null) {
            all.filter(
                    r.revisitOpen()
                            ? f.range().field("revisitOn").atMost(today)
                            : f.range().field("revisitOn").greaterThan(today));
        }
        if (r.lastTouch() != null) {
            all.filter(lastTouch(f, r.lastTouch(), now));
        }
        if (r.owner() != null) {
            all.filter(f.match().field("ownerId").matching(r.owner()));
        }
        for (String tag : r.tag()) {
            all.filter(f.match().field("tag").matching(tag));
        }
        if (r.consent() != null) {
            all.filter(f.match().field("doNotContact").matching(r.consent() == SearchRequest.Consent.DO_NOT_CONTACT));
        }
        if (center != null) {
            all.filter(f.spatial()
                    .within()
                    .field("location")
                    .circle(center.latitude(), center.longitude(), radiusKm(r), DistanceUnit.KILOMETERS));
        }
        return all;
    }

    private static PredicateFinalStep lastTouch(SearchPredicateFactory f, SearchRequest.LastTouch bucket, Instant now) {
        Instant month = now.minus(Duration.ofDays(30));
        Instant quarter = now.minus(Duration.ofDays(90));
        Instant year = now.minus(Duration.ofDays(365));
        return switch (bucket) {
            case UNDER_1_MONTH -> f.range().field("lastTouchAt").atLeast(month);
            case MONTHS_1_TO_3 -> f.range().field("lastTouchAt").between(quarter, month);
            case MONTHS_3_TO_12 -> f.range().field("lastTouchAt").between(year, quarter);
            case OVER_A_YEAR -> f.range().field("lastTouchAt").lessThan(year);
            case NEVER -> f.not(f.exists().field("lastTouchAt"));
        };
    }

    private Coordinates center(SearchRequest r) {
        if (r.near() == null || r.near().isBlank()) {
            return null;
        }
        if (r.radius() != null && (r.radius() <= 0 || r.radius() > 20_000)) {
            throw InvalidInputException.of("radius", "must be between 0 and 20000");
        }
        if (r.unit() != null
                && !r.unit().isBlank()
                && !isMiles(r.unit())
                && !r.unit().equalsIgnoreCase("km")) {
            throw InvalidInputException.of("unit", "must be km or mi");
        }
        return places.parse(r.near())
                .map(Places.Place::point)
                .orElseThrow(() -> InvalidInputException.of("near", "is not a city we know: " + r.near()));
    }

    static double radiusKm(SearchRequest r) {
        double radius = r.radius() == null ? DEFAULT_RADIUS : r.radius();
        return isMiles(r.unit()) ? radius * KM_PER_MILE : radius;
    }

    private static boolean isMiles(String unit) {
        return unit != null && (unit.equalsIgnoreCase("mi") || unit.equalsIgnoreCase("miles"));
    }

    static SearchHit hit(ProfileData p, Coordinates center, LocalDate today) {
        Coordinates point = Coordinates.of(p.latitude(), p.longitude());
        return new SearchHit(
                new PersonId(p.personId()),
                p.fullName(),
                p.title(),
                p.employer(),
                p.city(),
                p.region(),
                p.country(),
                p.skills(),
                p.tags(),
                p.ownerId(),
                p.doNotContact(),
                p.stageReached(),
                p.lastNoSide(),
                p.lastNoReason(),
                p.lastNoOn(),
                p.revisitOn(),
                p.revisitOn() != null && !p.revisitOn().isAfter(today),
                p.lastTouchAt(),
                center == null || point == null ? null : Math.round(center.distanceKm(point) * 10) / 10.0);
    }

    Optional<Coordinates> locate(String city) {
        return places.parse(city).map(Places.Place::point);
    }

    private static Map<String, Long> keyed(Map<Long, Long> counts) {
        var keyed = new LinkedHashMap<String, Long>();
        counts.forEach((k, v) -> keyed.put(String.valueOf(k), v));
        return keyed;
    }

    private static Map<String, Long> ordered(String k1, Long v1, String k2, Long v2) {
        var map = new LinkedHashMap<String, Long>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
