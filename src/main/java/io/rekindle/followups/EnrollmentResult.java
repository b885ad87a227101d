package io.rekindle.followups;

import io.rekindle.people.PersonId;

/** What happened to one person of a bulk enrollment: enrolled, or the reason they were not. */
public record EnrollmentResult(PersonId person, boolean enrolled, String message) {}
