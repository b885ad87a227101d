package io.rekindle.pipeline;

import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.OpeningId;
import io.rekindle.openings.Openings;
import io.rekindle.people.PersonId;
import io.rekindle.people.TimelineContributor;
import io.rekindle.people.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Puts candidacies on a person's timeline: added, moved, placed, and every no with its reason. */
@Component
class PipelineTimeline implements TimelineContributor {

    private final Pipeline pipeline;
    private final Openings openings;

    PipelineTimeline(Pipeline pipeline, Openings openings) {
        this.pipeline = pipeline;
        this.openings = openings;
    }

    @Override
    public List<TimelineEntry> timelineOf(PersonId person) {
        List<CandidacyStep> steps = pipeline.stepsOf(person);
        var openingIds = steps.stream()
                .map(s -> new OpeningId(s.candidacy().view().opening().value()))
                .collect(Collectors.toSet());
        var details = openings.details(openingIds);
        var entries = new ArrayList<TimelineEntry>();
        for (CandidacyStep step : steps) {
            CandidacyView c = step.candidacy().view();
            OpeningDetails opening = details.get(c.opening());
            String label = opening == null ? "#" + c.opening() : opening.label();
            String link = "/openings/" + c.opening();
            entries.add(
                    switch (step.kind()) {
                        case ADDED ->
                            new TimelineEntry(
                                    step.occurredAt(),
                                    "candidacy",
                                    "timeline.candidacy.added",
                                    List.of(label),
                                    null,
                                    link);
                        case MOVED ->
                            new TimelineEntry(
                                    step.occurredAt(),
                                    "candidacy",
                                    "timeline.candidacy.moved",
                                    List.of(resolvable("stage." + step.stage()), label),
                                    null,
                                    link);
                        case ENDED -> ended(step, c, label, link);
                    });
        }
        return entries;
    }

    private static TimelineEntry ended(CandidacyStep step, CandidacyView c, String label, String link) {
        Outcome o = c.outcome();
        if (o.placed()) {
            return new TimelineEntry(
                    step.occurredAt(), "placed", "timeline.candidacy.placed", List.of(label), o.note(), link);
        }
        String detail = o.condition() == null ? o.note() : join(o.note(), "Condition: " + o.condition());
        return new TimelineEntry(
                step.occurredAt(),
                "no",
                "timeline.candidacy.no",
                List.of(resolvable("side." + o.side()), resolvable("reason." + o.reason()), label),
                detail,
                link);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + " — " + b;
    }

    private static DefaultMessageSourceResolvable resolvable(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }
}
