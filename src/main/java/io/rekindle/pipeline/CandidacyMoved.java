package io.rekindle.pipeline;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;

/** A person was added to an opening's pipeline or moved to another stage (an end is {@link OutcomeRecorded}). */
public record CandidacyMoved(PersonId person, OpeningId opening, Stage stage) {}
