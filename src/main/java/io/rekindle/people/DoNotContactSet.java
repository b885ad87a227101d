package io.rekindle.people;

/** A person asked not to be contacted any more: every cadence stops, no message goes out. */
public record DoNotContactSet(PersonId person, String reason) {}
