package io.rekindle.search;

import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.Seniority;
import io.rekindle.people.PersonId;
import io.rekindle.pipeline.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Scores a person for an opening, fit (title, skills, level, distance, words of the job) and readiness (revisit window,
 * whether the old no still holds for this opening, silver medalist), and says why in plain words.
 */
@Component
class Ranking {

    static final double DEFAULT_RADIUS_KM = 50;
    /** Scaled semantic similarity from which a title reads as similar, and a profile as close. */
    static final double SIMILAR_TITLE = 0.6;

    static final double CLOSE_PROFILE = 0.6;

    private final TitleFamilies titles;
    private final Places places;
    private final Fit fit;
    private final Clock clock;
    private final MessageSource messages;

    Ranking(TitleFamilies titles, Places places, Fit fit, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.titles = titles;
        this.places = places;
        this.fit = fit;
        this.clock = clock;
    }

    Fit fit() {
        return fit;
    }

    Target target(OpeningDetails o) {
        var title = titles.classify(o.title());
        var skills = fit.skillsOf(o);
        return new Target(
                o,
                TitleFamilies.key(o.title()),
                title.map(TitleFamilies.TitleClass::occupation).orElse(null),
                title.map(TitleFamilies.TitleClass::family).orElse(null),
                o.seniority() != null ? o.seniority() : TitleFamilies.seniority(o.title()),
                skills.keySet(),
                skills,
                places == null ? null : places.locate(o.location()).orElse(null),
                o.radiusKm() == null ? DEFAULT_RADIUS_KM : o.radiusKm(),
                Fit.textOf(o));
    }

    RediscoveredPerson rank(Target t, ProfileData p, ProfileHistory history, double lexical, LocalDate today) {
        var reasons = new ArrayList<String>();
        OpeningDetails o = t.opening();

        Coordinates point = Coordinates.of(p.latitude(), p.longitude());
        Double km = t.point() == null || point == null ? null : t.point().distanceKm(point);
        Fit.Score parts = this.fit.score(t, p, history, lexical, km);
        double fit = parts.total();

        var lastNo = history.candidacies().stream()
                .filter(ProfileHistory.Past::no)
                .max(Comparator.comparing(ProfileHistory.Past::on))
                .orElse(null);
        double readiness = 0.5;
        boolean open = p.revisitOn() != null && !p.revisitOn().isAfter(today);
        if (lastNo != null) {
            String noLine = noLine(lastNo, today);
            if (open) {
                readiness = 1;
                reasons.add(noLine + "; revisit window open since " + since(p.revisitOn(), today));
            } else {
                String lifted = lifted(lastNo, t, km);
                if (lifted != null) {
                    readiness = 0.9;
                    reasons.add(noLine + "; " + lifted);
                } else {
                    readiness = 0.15;
                    reasons.add(noLine + "; revisit window opens " + p.revisitOn());
                }
            }
            var sameClient = history.candidacies().stream()
                    .filter(c -> c.no() && c.company() == o.company().value() && c.clientRevisitOn() != null)
                    .filter(c -> c.clientRevisitOn().isAfter(today))
                    .findFirst();
            if (sameClient.isPresent()) {
                readiness = Math.min(readiness, 0.2);
                reasons.add("This client said no; ask them again from "
                        + sameClient.get().clientRevisitOn());
            }
        }
        boolean silver = false;
        var silverHere = history.candidacies().stream()
                .filter(c -> c.silverMedalist() && c.company() == o.company().value())
                .findFirst();
        if (silverHere.isPresent()) {
            silver = true;
            readiness = Math.min(1, readiness + 0.3);
            reasons.add("Silver medalist of " + silverHere.get().companyName() + " (reached "
                    + Rediscovery.words(silverHere.get().stage()) + " for "
                    + silverHere.get().openingTitle()
                    + ")"
                    + (silverHere.get().note() == null
                            ? ""
                            : ": “" + silverHere.get().note() + "”"));
        } else {
            var silverSimilar = history.candidacies().stream()
                    .filter(ProfileHistory.Past::silverMedalist)
                    .filter(c -> t.family() != null
                            && titles.classify(c.openingTitle())
                                    .map(x -> t.family().equals(x.family()))
                                    .orElse(false))
                    .findFirst();
            if (silverSimilar.isPresent()) {
                silver = true;
                readiness = Math.min(1, readiness + 0.15);
                reasons.add("Silver medalist for a similar role ("
                        + silverSimilar.get().openingTitle() + " at "
                        + silverSimilar.get().companyName() + ")");
            }
        }

        reasons.add(fitLine(t, p, parts, km));
        if (p.stageReached() != null && Stage.valueOf(p.stageReached()).compareTo(Stage.INTERESTED) >= 0) {
            reasons.add("Reached " + Rediscovery.words(p.stageReached()) + ".");
        }
        if (p.touches() > 0) {
            reasons.add(p.touches() + (p.touches() == 1 ? " touch" : " touches")
                    + (p.lastReplyAt() == null ? ", never replied" : ", last reply " + ago(p.lastReplyAt())) + ".");
        }
        double score = Math.round(1000 * (0.7 * fit + 0.3 * readiness)) / 10.0;
        return new RediscoveredPerson(
                new PersonId(p.personId()),
                p.fullName(),
                p.title(),
                p.employer(),
                p.city(),
                score,
                fit,
                readiness,
                km == null ? null : Math.round(km * 10) / 10.0,
                open,
                silver,
                String.join(" ", reasons.stream().map(Ranking::sentence).toList()),
                List.copyOf(reasons));
    }

    /** Whether the old no does not hold for this opening, said as why; null when it still holds. */
    private String lifted(ProfileHistory.Past no, Target t, Double km) {
        OpeningDetails o = t.opening();
        if ("LOCATION".equals(no.reason())) {
            Coordinates old = Coordinates.of(no.latitude(), no.longitude());
            if (o.remote() && !no.remote()) {
                return "the no was about location and this opening is remote";
            }
            if (old != null && t.point() != null && old.distanceKm(t.point()) > 50 && km != null && km <= 50) {
                return "the no was about location and this opening is where they are";
            }
        }
        if ("COMPENSATION".equals(no.reason())
                && no.payMax() != null
                && o.pay() != null
                && o.pay().max() != null
                && o.pay().max() > no.payMax()) {
            return "the no was about pay and this opening pays more (up to "
                    + o.pay().max() + ")";
        }
        if (List.of("CULTURE_FIT", "OTHER").contains(no.reason())
                && "CLIENT_REJECTED".equals(no.side())
                && no.company() != o.company().value()) {
            return "the no was that client's, this is another client";
        }
        return null;
    }

    private String fitLine(Target t, ProfileData p, Fit.Score fit, Double km) {
        double title = fit.title();
        var parts = new ArrayList<String>();
        Seniority theirs = TitleFamilies.seniority(p.title());
        if (title >= 1
                && t.seniority() != null
                && theirs != t.seniority()
                && !(theirs == null && t.seniority() == Seniority.MID)) {
            parts.add("Same title at another level (" + p.title() + ")");
        } else if (title >= 1) {
            parts.add("Same title");
        } else if (title > 0 && t.occupation() != null && t.occupation().equals(p.titleOccupation())) {
            parts.add("Equivalent title (" + p.title() + ")");
        } else if (title > 0 && t.family() != null && t.family().equals(p.titleFamily())) {
            parts.add("Related title (" + p.title() + ")");
        } else if (title > 0) {
            parts.add("Title shares words (" + p.title() + ")");
        } else if (p.title() != null && fit.similarTitle() >= SIMILAR_TITLE) {
            parts.add("Similar title in meaning (" + p.title() + ")");
        } else if (p.title() != null) {
            parts.add("Title " + p.title());
        }
        OpeningDetails o = t.opening();
        if (o.remote()) {
            parts.add("remote opening");
        } else if (km != null) {
            parts.add(Math.round(km) + " km from " + o.location().city());
        }
        if (!t.skills().isEmpty() && this.fit.parts().skills()) {
            var matched = fit.matched();
            if (matched.isEmpty()) {
                parts.add("none of the " + t.skills().size() + " skills");
            } else {
                parts.add(matched.size() + " of " + t.skills().size() + " skills ("
                        + String.join(", ", matched.subList(0, Math.min(6, matched.size())))
                        + (matched.size() > 6 ? ", …" : "") + ")");
            }
        }
        if (fit.semantic() >= CLOSE_PROFILE && fit.title() < 0.9 && fit.similarTitle() < SIMILAR_TITLE) {
            parts.add("profile close in meaning to the opening");
        }
        return String.join(", ", parts) + ".";
    }

    private String label(String code) {
        return messages.getMessage(code, null, code, Locale.ENGLISH);
    }

    private String noLine(ProfileHistory.Past no, LocalDate today) {
        String verb =
                switch (no.side()) {
                    case "CANDIDATE_DECLINED" -> "Declined";
                    case "WE_PASSED" -> "We passed on them for";
                    case "CLIENT_REJECTED" -> "Rejected by the client for";
                    default -> "No answer about";
                };
        String reason = no.reason() == null || "NO_RESPONSE".equals(no.reason())
                ? ""
                : " (" + label("reason." + no.reason()) + ")";
        return verb + " " + no.openingTitle() + " at " + no.companyName() + " " + monthsAgo(no.on(), today) + reason;
    }

    static String monthsAgo(LocalDate then, LocalDate today) {
        Period p = Period.between(then, today);
        long months = p.toTotalMonths();
        if (months >= 1) {
            return months + (months == 1 ? " month ago" : " months ago");
        }
        int days = p.getDays();
        return days == 0 ? "today" : days + (days == 1 ? " day ago" : " days ago");
    }

    private String ago(Instant then) {
        return monthsAgo(LocalDate.ofInstant(then, clock.getZone()), LocalDate.now(clock));
    }

    private static String since(LocalDate day, LocalDate today) {
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return day.getYear() == today.getYear() ? month : month + " " + day.getYear();
    }

    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    static boolean recent(Instant at, Clock clock, Duration within) {
        return at != null && at.isAfter(clock.instant().minus(within));
    }

    static Set<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
