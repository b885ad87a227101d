package io.rekindle.demo;

import java.util.List;

/** A "no": who said it and why. Only the side and reason pairs the app accepts exist. */
record Outcome(String side, String reason) {

    static final String CANDIDATE_DECLINED = "CANDIDATE_DECLINED";
    static final String WE_PASSED = "WE_PASSED";
    static final String CLIENT_REJECTED = "CLIENT_REJECTED";
    static final String NO_RESPONSE = "NO_RESPONSE";

    static final Outcome HAPPY_WHERE_I_AM = new Outcome(CANDIDATE_DECLINED, "HAPPY_WHERE_I_AM");
    static final Outcome NOT_THIS_ROLE = new Outcome(CANDIDATE_DECLINED, "NOT_THIS_ROLE");
    static final Outcome COMPENSATION = new Outcome(CANDIDATE_DECLINED, "COMPENSATION");
    static final Outcome LOCATION = new Outcome(CANDIDATE_DECLINED, "LOCATION");
    static final Outcome TIMING = new Outcome(CANDIDATE_DECLINED, "TIMING");
    static final Outcome DECLINED_OFFER = new Outcome(CANDIDATE_DECLINED, "DECLINED_OFFER");
    static final Outcome CANDIDATE_OTHER = new Outcome(CANDIDATE_DECLINED, "OTHER");
    static final Outcome WE_PASSED_SKILLS = new Outcome(WE_PASSED, "SKILLS");
    static final Outcome WE_PASSED_EXPERIENCE = new Outcome(WE_PASSED, "EXPERIENCE");
    static final Outcome WE_PASSED_CULTURE_FIT = new Outcome(WE_PASSED, "CULTURE_FIT");
    static final Outcome WE_PASSED_OTHER = new Outcome(WE_PASSED, "OTHER");
    static final Outcome CLIENT_SKILLS = new Outcome(CLIENT_REJECTED, "SKILLS");
    static final Outcome CLIENT_EXPERIENCE = new Outcome(CLIENT_REJECTED, "EXPERIENCE");
    static final Outcome CLIENT_CULTURE_FIT = new Outcome(CLIENT_REJECTED, "CULTURE_FIT");
    static final Outcome CLIENT_OTHER = new Outcome(CLIENT_REJECTED, "OTHER");
    static final Outcome NO_REPLY = new Outcome(NO_RESPONSE, "NO_RESPONSE");

    static final List<Outcome> ALL = List.of(
            HAPPY_WHERE_I_AM,
            NOT_THIS_ROLE,
            COMPENSATION,
            LOCATION,
            TIMING,
            DECLINED_OFFER,
            CANDIDATE_OTHER,
            WE_PASSED_SKILLS,
            WE_PASSED_EXPERIENCE,
            WE_PASSED_CULTURE_FIT,
            WE_PASSED_OTHER,
            CLIENT_SKILLS,
            CLIENT_EXPERIENCE,
            CLIENT_CULTURE_FIT,
            CLIENT_OTHER,
            NO_REPLY);

    /** Whether a candidacy that reached {@code stage} can plausibly end this way. */
    boolean fits(Stage stage) {
        return switch (side) {
            case NO_RESPONSE -> stage == Stage.CONTACTED;
            case WE_PASSED -> !stage.atLeast(Stage.SUBMITTED);
            case CLIENT_REJECTED ->
                stage.atLeast(Stage.SUBMITTED) && (stage != Stage.OFFERED || reason.equals("OTHER"));
            default ->
                reason.equals("DECLINED_OFFER")
                        ? stage == Stage.OFFERED
                        : stage.atLeast(Stage.CONTACTED) && stage != Stage.OFFERED;
        };
    }
}
