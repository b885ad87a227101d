package io.rekindle.pipeline;

import io.rekindle.openings.CompanyId;
import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.UserId;

/** A candidacy ended: placed, or a no. Later modules turn a no into a revisit date and stop cadences. */
public record OutcomeRecorded(
        CandidacyId candidacy,
        PersonId person,
        OpeningId opening,
        CompanyId company,
        Stage stageReached,
        Outcome outcome,
        UserId by) {}
