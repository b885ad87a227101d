package io.rekindle.people;

/** New data for a person kept already; {@code expectedVersion} guards against concurrent edits. */
public record PersonUpdate(PersonId id, long expectedVersion, PersonData data) {}
