package io.rekindle.people;

/** A person was created or their data (or text about them, such as a resume) changed. */
public record PersonChanged(PersonId person) {}
