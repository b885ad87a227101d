package io.rekindle.demo;

import static java.util.Objects.requireNonNullElseGet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Plays a candidacy from added to its end, with the steps and the touches a recruiter logs along the way. */
final class Pipeline {

    enum End {
        ACTIVE,
        PLACED,
        NO
    }

    /**
     * What should happen: how far it gets, how it ends, and the window it happens in. A null note or condition
     * is made up from the outcome.
     */
    record Plan(
            Person person,
            Opening opening,
            Stage reached,
            End end,
            Outcome outcome,
            long userId,
            Instant earliest,
            Instant latest,
            int followUps,
            String note,
            String condition) {

        Plan {
            if (end == End.NO && !outcome.fits(reached)) {
                throw new IllegalArgumentException(outcome + " does not fit " + reached);
            }
        }

        static Plan of(
                Person person,
                Opening opening,
                Stage reached,
                End end,
                Outcome outcome,
                long userId,
                Instant earliest,
                Instant latest,
                int followUps) {
            return new Plan(person, opening, reached, end, outcome, userId, earliest, latest, followUps, null, null);
        }
    }

    record Step(String kind, Stage stage, Instant at) {}

    record Played(
            Plan plan,
            Stage stage,
            String status,
            String note,
            String condition,
            Instant addedAt,
            Instant endedAt,
            List<Step> steps,
            List<Touch> touches) {

        LocalDate outcomeOn() {
            return endedAt == null ? null : LocalDate.ofInstant(endedAt, ZoneOffset.UTC);
        }
    }

    private enum Beat {
        ADD,
        MOVE,
        FOLLOW_UP,
        END
    }

    private record Event(Beat beat, Stage stage, double gapDays) {}

    private static final int NO_RESPONSE_TOUCHES = 4;
    private static final List<Stage> STAGES_BEFORE_PLACED =
            List.of(Stage.values()).subList(0, Stage.PLACED.ordinal());
    private static final List<Outcome> WE_PASSED_ON_PAPER =
            List.of(Outcome.WE_PASSED_SKILLS, Outcome.WE_PASSED_EXPERIENCE, Outcome.WE_PASSED_OTHER);
    private static final List<Outcome> WE_PASSED_AFTER_TALKING =
            List.of(Outcome.WE_PASSED_SKILLS, Outcome.WE_PASSED_EXPERIENCE, Outcome.WE_PASSED_CULTURE_FIT);
    private static final List<Outcome> CLIENT_NOES =
            List.of(Outcome.CLIENT_SKILLS, Outcome.CLIENT_EXPERIENCE, Outcome.CLIENT_CULTURE_FIT, Outcome.CLIENT_OTHER);
    private static final List<Outcome> CANDIDATE_NOES = List.of(
            Outcome.HAPPY_WHERE_I_AM,
            Outcome.NOT_THIS_ROLE,
            Outcome.COMPENSATION,
            Outcome.LOCATION,
            Outcome.TIMING,
            Outcome.CANDIDATE_OTHER);

    private Pipeline() {}

    /** How far a candidacy that ended in a "no" got: mostly early, a few at the offer. */
    static Stage endedStage(SplittableRandom random) {
        return Dice.weighted(random, STAGES_BEFORE_PLACED, 15, 35, 15, 15, 13, 7);
    }

    /** How far an open candidacy has got. */
    static Stage activeStage(SplittableRandom random) {
        return Dice.weighted(random, STAGES_BEFORE_PLACED, 25, 30, 15, 15, 12, 3);
    }

    /** A plausible "no" for a candidacy that got as far as {@code reached}. */
    static Outcome outcome(Stage reached, SplittableRandom random) {
        return switch (reached) {
            case SOURCED -> Dice.weighted(random, WE_PASSED_ON_PAPER, 1, 2, 1);
            case CONTACTED -> Dice.percent(random, 45) ? Outcome.NO_REPLY : candidateNo(random);
            case INTERESTED ->
                Dice.percent(random, 50) ? candidateNo(random) : Dice.any(random, WE_PASSED_AFTER_TALKING);
            case OFFERED -> Dice.percent(random, 80) ? Outcome.DECLINED_OFFER : Outcome.CLIENT_OTHER;
            default -> Dice.percent(random, 70) ? Dice.weighted(random, CLIENT_NOES, 1, 2, 1, 1) : candidateNo(random);
        };
    }

    private static Outcome candidateNo(SplittableRandom random) {
        return Dice.weighted(random, CANDIDATE_NOES, 35, 20, 15, 12, 13, 5);
    }

    static Played play(Plan plan, SplittableRandom random) {
        List<Event> events = events(plan, random);
        Instant[] times = times(plan, events, random);
        boolean no = plan.end() == End.NO;
        String note = no ? requireNonNullElseGet(plan.note(), () -> Phrases.outcomeNote(plan.outcome(), random)) : null;
        String condition = !no
                ? null
                : plan.condition() != null ? plan.condition() : Phrases.outcomeCondition(plan.outcome(), random);
        List<Step> steps = new ArrayList<>(events.size());
        List<Touch> touches = new ArrayList<>(events.size() + 2);
        int followUp = 0;
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            Instant at = times[i];
            switch (event.beat()) {
                case ADD -> steps.add(new Step("ADDED", Stage.SOURCED, at));
                case MOVE -> {
                    steps.add(new Step("MOVED", event.stage(), at));
                    touches.add(moveTouch(plan, event.stage(), at, random));
                }
                case FOLLOW_UP -> touches.add(followUp(plan, followUp++, at));
                case END -> {
                    steps.add(new Step("ENDED", plan.end() == End.PLACED ? Stage.PLACED : plan.reached(), at));
                    touches.add(endTouch(plan, note, at));
                }
            }
        }
        boolean ended = plan.end() != End.ACTIVE;
        return new Played(
                plan,
                plan.end() == End.PLACED ? Stage.PLACED : plan.reached(),
                plan.end() == End.PLACED ? "PLACED" : ended ? "ENDED" : "ACTIVE",
                note,
                condition,
                times[0],
                ended ? times[times.length - 1] : null,
                steps,
                touches);
    }

    private static List<Event> events(Plan plan, SplittableRandom random) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(Beat.ADD, Stage.SOURCED, 0));
        for (Stage stage : Stage.values()) {
            if (stage == Stage.SOURCED || !plan.reached().atLeast(stage) || stage == Stage.PLACED) {
                continue;
            }
            events.add(new Event(Beat.MOVE, stage, gapBefore(stage, random)));
            if (stage == Stage.CONTACTED) {
                int followUps = plan.outcome() == Outcome.NO_REPLY && plan.end() == End.NO
                        ? Math.max(plan.followUps(), NO_RESPONSE_TOUCHES)
                        : plan.followUps();
                for (int i = 0; i < followUps; i++) {
                    events.add(new Event(Beat.FOLLOW_UP, stage, 1.5 + random.nextDouble() * 2));
                }
            }
        }
        if (plan.end() != End.ACTIVE) {
            events.add(new Event(Beat.END, plan.reached(), 1 + random.nextDouble() * 7));
        }
        return events;
    }

    private static double gapBefore(Stage stage, SplittableRandom random) {
        return switch (stage) {
            case CONTACTED -> 0.05 + random.nextDouble() * 1.5;
            case INTERESTED -> 1 + random.nextDouble() * 4;
            case SUBMITTED -> 1 + random.nextDouble() * 3;
            case INTERVIEWING -> 3 + random.nextDouble() * 6;
            default -> 4 + random.nextDouble() * 8;
        };
    }

    /** Fits the events in the plan's window, squeezing them if the window is short. */
    private static Instant[] times(Plan plan, List<Event> events, SplittableRandom random) {
        double[] offsets = new double[events.size()];
        double total = 0;
        for (int i = 0; i < events.size(); i++) {
            total += events.get(i).gapDays() * 86_400;
            offsets[i] = total;
        }
        double window =
                Math.max(60, plan.latest().getEpochSecond() - plan.earliest().getEpochSecond());
        double scale = total > window * 0.9 ? window * 0.9 / total : 1;
        double slack = window - total * scale;
        long start = plan.earliest().getEpochSecond() + (long) (random.nextDouble() * slack);
        Instant[] times = new Instant[events.size()];
        for (int i = 0; i < offsets.length; i++) {
            times[i] = Instant.ofEpochSecond(start + (long) (offsets[i] * scale) + i);
        }
        return times;
    }

    private static Touch moveTouch(Plan plan, Stage stage, Instant at, SplittableRandom random) {
        Opening opening = plan.opening();
        String role = opening.title().name() + " role at " + opening.company().name();
        return switch (stage) {
            case CONTACTED ->
                touch(
                        plan,
                        Touch.Channel.EMAIL,
                        Touch.Direction.OUTBOUND,
                        plan.followUps() == 0 && plan.reached().atLeast(Stage.INTERESTED)
                                ? Touch.Result.REPLIED
                                : Touch.Result.NO_ANSWER,
                        at,
                        "Sent the JD for the " + role);
            case INTERESTED ->
                touch(
                        plan,
                        Touch.Channel.CALL,
                        Touch.Direction.OUTBOUND,
                        Touch.Result.CONVERSATION,
                        at,
                        "Call about the " + role + ": interested. "
                                + Phrases.recruiterNote(
                                        random, plan.person().city().name()));
            case SUBMITTED ->
                Touch.note(
                        plan.person().id(),
                        opening.id(),
                        plan.userId(),
                        at,
                        "Submitted to " + opening.company().name() + " for "
                                + opening.title().name());
            case INTERVIEWING ->
                touch(
                        plan,
                        Touch.Channel.MEETING,
                        Touch.Direction.OUTBOUND,
                        Touch.Result.MEETING_BOOKED,
                        at,
                        "Interview booked with the hiring manager at "
                                + opening.company().name());
            default ->
                touch(
                        plan,
                        Touch.Channel.CALL,
                        Touch.Direction.OUTBOUND,
                        Touch.Result.CONVERSATION,
                        at,
                        "Verbal offer from " + opening.company().name() + ": " + opening.payMax() / 1000 + "k base");
        };
    }

    private static Touch followUp(Plan plan, int index, Instant at) {
        Opening opening = plan.opening();
        return switch (index % 3) {
            case 0 ->
                touch(
                        plan,
                        Touch.Channel.EMAIL,
                        Touch.Direction.OUTBOUND,
                        Touch.Result.NO_ANSWER,
                        at,
                        "Follow-up on the " + opening.title().name() + " role");
            case 1 ->
                touch(
                        plan,
                        Touch.Channel.CALL,
                        Touch.Direction.OUTBOUND,
                        Touch.Result.VOICEMAIL,
                        at,
                        "Left a voicemail about the " + opening.company().name() + " role");
            default ->
                touch(
                        plan,
                        Touch.Channel.MESSAGE,
                        Touch.Direction.OUTBOUND,
                        Touch.Result.NO_ANSWER,
                        at,
                        "LinkedIn message: any thoughts on the "
                                + opening.title().name() + " role?");
        };
    }

    private static Touch endTouch(Plan plan, String note, Instant at) {
        Opening opening = plan.opening();
        String company = opening.company().name();
        if (plan.end() == End.PLACED) {
            return touch(
                    plan,
                    Touch.Channel.CALL,
                    Touch.Direction.OUTBOUND,
                    Touch.Result.CONVERSATION,
                    at,
                    "Accepted the offer at " + company + ". Starts in two weeks.");
        }
        return switch (plan.outcome().side()) {
            case Outcome.CANDIDATE_DECLINED ->
                plan.reached() == Stage.CONTACTED
                        ? touch(
                                plan,
                                Touch.Channel.EMAIL,
                                Touch.Direction.INBOUND,
                                Touch.Result.REPLIED,
                                at,
                                "Replied about " + company + ": " + note)
                        : touch(
                                plan,
                                Touch.Channel.CALL,
                                Touch.Direction.INBOUND,
                                Touch.Result.CONVERSATION,
                                at,
                                "Said no to " + company + ": " + note);
            case Outcome.CLIENT_REJECTED ->
                touch(
                        plan,
                        Touch.Channel.CALL,
                        Touch.Direction.OUTBOUND,
                        Touch.Result.CONVERSATION,
                        at,
                        "Told " + plan.person().firstName() + " that " + company + " passed: " + note);
            case Outcome.WE_PASSED ->
                Touch.note(
                        plan.person().id(),
                        opening.id(),
                        plan.userId(),
                        at,
                        "Passed for " + opening.title().name() + " at " + company + ": " + note);
            default -> Touch.note(plan.person().id(), opening.id(), plan.userId(), at, "Closed out: " + note);
        };
    }

    private static Touch touch(
            Plan plan,
            Touch.Channel channel,
            Touch.Direction direction,
            Touch.Result result,
            Instant at,
            String summary) {
        return new Touch(
                plan.person().id(), plan.opening().id(), plan.userId(), channel, direction, result, at, summary);
    }
}
