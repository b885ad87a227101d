package io.rekindle.people;

import io.rekindle.platform.UserId;

/** A merge was undone: {@code merged} is a person of its own again, with what had moved back. */
public record MergeUndone(long merge, PersonId kept, PersonId merged, UserId by) {}
