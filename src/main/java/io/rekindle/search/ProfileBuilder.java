package io.rekindle.search;

import io.rekindle.followups.RevisitView;
import io.rekindle.followups.Revisits;
import io.rekindle.followups.TouchStats;
import io.rekindle.followups.Touches;
import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.OpeningId;
import io.rekindle.openings.Openings;
import io.rekindle.people.People;
import io.rekindle.people.PersonDetails;
import io.rekindle.people.PersonId;
import io.rekindle.people.PersonTextSource;
import io.rekindle.pipeline.CandidacyStatus;
import io.rekindle.pipeline.CandidacyView;
import io.rekindle.pipeline.Pipeline;
import io.rekindle.pipeline.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds search profiles of a batch of people from the public APIs of people, openings, pipeline and follow-ups. */
@Component
class ProfileBuilder {

    private static final int MAX_RESUME = 200_000;
    private static final int MAX_HISTORY = 19_000;

    private final People people;
    private final Openings openings;
    private final Pipeline pipeline;
    private final Revisits revisits;
    private final Touches touches;
    private final ObjectProvider<PersonTextSource> texts;
    private final TitleFamilies titles;
    private final Places places;
    private final JsonMapper json;
    private final Clock clock;

    ProfileBuilder(
            People people,
            Openings openings,
            Pipeline pipeline,
            Revisits revisits,
            Touches touches,
            ObjectProvider<PersonTextSource> texts,
            TitleFamilies titles,
            Places places,
            JsonMapper json,
            Clock clock) {
        this.people = people;
        this.openings = openings;
        this.pipeline = pipeline;
        this.revisits = revisits;
        this.touches = touches;
        this.texts = texts;
        this.titles = titles;
        this.places = places;
        this.json = json;
        this.clock = clock;
    }

    /** The profiles of the given people that exist. */
    List<ProfileData> build(Collection<PersonId> ids) {
        return build(ids, true);
    }

    /**
     * The profiles of people who were just created: nothing but their own data, so the other modules are not asked
     * for a history they cannot have yet.
     */
    List<ProfileData> buildNew(Collection<PersonId> ids) {
        return build(ids, false);
    }

    private List<ProfileData> build(Collection<PersonId> ids, boolean withHistory) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<PersonId, PersonDetails> persons = people.details(ids);
        Map<PersonId, List<CandidacyView>> candidacies = Map.of();
        Map<OpeningId, OpeningDetails> openingDetails = Map.of();
        Map<PersonId, List<RevisitView>> nos = Map.of();
        Map<PersonId, TouchStats> stats = Map.of();
        Map<PersonId, String> text = new HashMap<>();
        if (withHistory) {
            candidacies =
                    pipeline.ofPeople(persons.keySet()).stream().collect(Collectors.groupingBy(CandidacyView::person));
            openingDetails = openings.details(candidacies.values().stream()
                    .flatMap(List::stream)
                    .map(CandidacyView::opening)
                    .collect(Collectors.toSet()));
            nos = revisits.of(persons.keySet());
            stats = touches.stats(persons.keySet());
            texts.orderedStream().forEach(source -> source.textOf(persons.keySet())
                    .forEach((p, t) -> text.merge(p, t, (a, b) -> a + "\n" + b)));
        }
        var built = new ArrayList<ProfileData>(persons.size());
        for (PersonDetails person : persons.values()) {
            built.add(profile(
                    person,
                    candidacies.getOrDefault(person.id(), List.of()),
                    openingDetails,
                    nos.getOrDefault(person.id(), List.of()),
                    stats.getOrDefault(person.id(), TouchStats.none(person.id())),
                    text.get(person.id())));
        }
        return built;
    }

    private ProfileData profile(
            PersonDetails person,
            List<CandidacyView> candidacies,
            Map<OpeningId, OpeningDetails> openingDetails,
            List<RevisitView> nos,
            TouchStats stats,
            String resume) {
        var pasts = candidacies.stream()
                .map(c -> past(c, openingDetails.get(c.opening()), revisitOf(c, nos)))
                .filter(Objects::nonNull)
                .toList();
        var lastNo = pasts.stream()
                .filter(ProfileHistory.Past::no)
                .max(Comparator.comparing(ProfileHistory.Past::on))
                .orElse(null);
        var reached = candidacies.stream()
                .map(CandidacyView::stage)
                .max(Comparator.naturalOrder())
                .orElse(null);
        LocalDate placedOn = pasts.stream()
                .filter(ProfileHistory.Past::placed)
                .map(ProfileHistory.Past::on)
                .max(Comparator.naturalOrder())
                .orElse(null);
        var title = titles.classify(person.currentTitle());
        var point = person.point() != null
                ? java.util.Optional.of(new Coordinates(
                        person.point().latitude(), person.point().longitude()))
                : places.locate(person.location());
        return new ProfileData(
                person.id().value(),
                person.fullName(),
                person.currentTitle(),
                title.map(TitleFamilies.TitleClass::occupation).orElse(null),
                title.map(TitleFamilies.TitleClass::family).orElse(null),
                person.currentEmployer(),
                person.skills(),
                person.tags(),
                person.location().city(),
                person.location().region(),
                person.location().country(),
                point.map(Coordinates::latitude).orElse(null),
                point.map(Coordinates::longitude).orElse(null),
                person.owner() == null ? null : person.owner().value(),
                person.consent().doNotContact(),
                reached == null ? null : reached.name(),
                lastNo == null ? null : lastNo.side(),
                lastNo == null ? null : lastNo.reason(),
                lastNo == null ? null : lastNo.on(),
                lastNo == null ? null : lastNo.revisitOn(),
                placedOn,
                (int) candidacies.stream().filter(CandidacyView::active).count(),
                (int) stats.touches(),
                stats.lastTouchAt(),
                stats.lastResponseAt(),
                warmth(stats),
                truncate(historyText(pasts), MAX_HISTORY),
                pasts.isEmpty() ? null : json.writeValueAsString(new ProfileHistory(pasts)),
                truncate(resume, MAX_RESUME),
                person.createdAt());
    }

    private static RevisitView revisitOf(CandidacyView c, List<RevisitView> nos) {
        return nos.stream()
                .filter(r -> r.opening().equals(c.opening()))
                .findFirst()
                .orElse(null);
    }

    private ProfileHistory.Past past(CandidacyView c, OpeningDetails opening, RevisitView revisit) {
        if (opening == null) {
            return null;
        }
        var o = c.outcome();
        var point = opening.point() != null
                ? java.util.Optional.of(new Coordinates(
                        opening.point().latitude(), opening.point().longitude()))
                : places.locate(opening.location());
        return new ProfileHistory.Past(
                c.opening().value(),
                c.company().value(),
                opening.title(),
                opening.companyName(),
                c.stage().name(),
                c.status().name(),
                o == null || o.side() == null ? null : o.side().name(),
                o == null || o.reason() == null ? null : o.reason().name(),
                o == null ? null : o.note(),
                o == null ? null : o.on(),
                revisit == null ? null : revisit.revisitOn(),
                revisit == null ? null : revisit.clientRevisitOn(),
                c.status() == CandidacyStatus.ENDED && c.stage().isLate(),
                opening.pay() == null ? null : opening.pay().max(),
                opening.location().city(),
                point.map(Coordinates::latitude).orElse(null),
                point.map(Coordinates::longitude).orElse(null),
                opening.remote());
    }

    /** The history in words, for searching it: "Account Executive at Acme reached interviewing candidate declined". */
    private static String historyText(List<ProfileHistory.Past> pasts) {
        if (pasts.isEmpty()) {
            return null;
        }
        return pasts.stream()
                .map(p -> String.join(
                        " ",
                        p.openingTitle() + " at " + p.companyName(),
                        "reached " + words(p.stage()),
                        p.placed() ? "placed" : "",
                        p.side() == null ? "" : words(p.side()),
                        p.reason() == null ? "" : words(p.reason()),
                        p.silverMedalist() ? "silver medalist" : "",
                        p.note() == null ? "" : p.note()))
                .collect(Collectors.joining(". "));
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * How warm the relationship is, 0 to 100: touches and above all answers, fading with the months since the last
     * one. (The relationships module will own a richer warmth; this one is what the history alone says.)
     */
    int warmth(TouchStats stats) {
        if (stats.touches() == 0) {
            return 0;
        }
        double raw = Math.min(100, 5 * stats.touches() + 25 * stats.responses());
        Instant last = stats.lastResponseAt() != null ? stats.lastResponseAt() : stats.lastTouchAt();
        long months = Math.max(0, Duration.between(last, clock.instant()).toDays() / 30);
        return (int) Math.round(raw * Math.pow(0.9, months));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static boolean reachedLate(String stage) {
        return stage != null && Stage.valueOf(stage).compareTo(Stage.INTERVIEWING) >= 0;
    }
}
