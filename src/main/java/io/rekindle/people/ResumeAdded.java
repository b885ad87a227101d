package io.rekindle.people;

/** A person sent a resume (a first one, or a newer version). */
public record ResumeAdded(PersonId person, ResumeId resume, int version) {}
