package io.rekindle.people;

import java.util.List;

/** Implemented by modules that have something to show on a person's timeline. */
public interface TimelineContributor {

    List<TimelineEntry> timelineOf(PersonId person);
}
