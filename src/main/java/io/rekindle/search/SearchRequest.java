package io.rekindle.search;

import java.util.List;

/**
 * A search as a recruiter sets it: the boolean query and the filters. All are optional; {@code near} is a city
 * ("Chicago, IL") searched within {@code radius} {@code unit}s ("km" or "mi", default km, default radius 50).
 */
public record SearchRequest(
        String q,
        List<String> stage,
        String side,
        String reason,
        Boolean revisitOpen,
        LastTouch lastTouch,
        Long owner,
        List<String> tag,
        Consent consent,
        String near,
        Double radius,
        String unit,
        Sort sort) {

    public SearchRequest {
        stage = stage == null
                ? List.of()
                : stage.stream().filter(s -> !s.isBlank()).toList();
        tag = tag == null ? List.of() : tag.stream().filter(s -> !s.isBlank()).toList();
    }

    public static SearchRequest query(String q) {
        return new SearchRequest(q, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** How long ago the last touch was: buckets that do not overlap. */
    public enum LastTouch {
        UNDER_1_MONTH,
        MONTHS_1_TO_3,
        MONTHS_3_TO_12,
        OVER_A_YEAR,
        NEVER
    }

    public enum Consent {
        CONTACTABLE,
        DO_NOT_CONTACT
    }

    public enum Sort {
        RELEVANCE,
        RECENT_TOUCH,
        NEWEST,
        DISTANCE
    }
}
