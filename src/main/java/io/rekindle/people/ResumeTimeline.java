package io.rekindle.people;

import java.util.List;
import org.springframework.stereotype.Component;

/** Each resume version on the person's timeline, linked to its download. */
@Component
class ResumeTimeline implements TimelineContributor {

    private final Resumes resumes;

    ResumeTimeline(Resumes resumes) {
        this.resumes = resumes;
    }

    @Override
    public List<TimelineEntry> timelineOf(PersonId person) {
        return resumes.of(person).stream()
                .map(r -> new TimelineEntry(
                        r.uploadedAt(),
                        "resume",
                        "timeline.resume",
                        List.of(r.version(), r.fileName()),
                        null,
                        "/people/" + person + "/resumes/" + r.id()))
                .toList();
    }
}
