package io.rekindle.followups;

import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.Openings;
import io.rekindle.people.PersonId;
import io.rekindle.people.TimelineContributor;
import io.rekindle.people.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Puts touches on a person's timeline. */
@Component
class TouchTimeline implements TimelineContributor {

    static final int TIMELINE_TOUCHES = 500;

    private final Touches touches;
    private final Openings openings;

    TouchTimeline(Touches touches, Openings openings) {
        this.touches = touches;
        this.openings = openings;
    }

    @Override
    public List<TimelineEntry> timelineOf(PersonId person) {
        List<TouchView> recent = touches.recent(person, TIMELINE_TOUCHES);
        var openingIds =
                recent.stream().map(TouchView::opening).filter(Objects::nonNull).collect(Collectors.toSet());
        var details = openings.details(openingIds);
        var entries = new ArrayList<TimelineEntry>();
        for (TouchView t : recent) {
            OpeningDetails about = t.opening() == null ? null : details.get(t.opening());
            var args = new ArrayList<Object>();
            args.add(code("channel." + t.channel()));
            args.add(code("direction." + t.direction()));
            args.add(t.result() == null ? "" : code("result." + t.result()));
            args.add(about == null ? "" : about.label());
            entries.add(new TimelineEntry(
                    t.occurredAt(),
                    "touch",
                    about == null ? "timeline.touch" : "timeline.touch.about",
                    args,
                    t.summary(),
                    about == null ? null : "/openings/" + about.id()));
        }
        return entries;
    }

    private static DefaultMessageSourceResolvable code(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }
}
