package io.rekindle.people;

import io.rekindle.platform.UserId;

/** One person was merged into another: {@code merged} is now a tombstone pointing at {@code kept}. */
public record PeopleMerged(long merge, PersonId kept, PersonId merged, UserId by) {}
