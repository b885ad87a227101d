package io.rekindle.followups;

import io.rekindle.people.PersonId;

/** A no got its revisit date. */
public record RevisitPlanned(PersonId person) {}
