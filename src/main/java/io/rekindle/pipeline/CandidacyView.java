package io.rekindle.pipeline;

import io.rekindle.openings.CompanyId;
import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import java.time.Instant;

public record CandidacyView(
        CandidacyId id,
        PersonId person,
        OpeningId opening,
        CompanyId company,
        Stage stage,
        CandidacyStatus status,
        Outcome outcome,
        Instant addedAt,
        Instant endedAt,
        long version) {

    public boolean active() {
        return status == CandidacyStatus.ACTIVE;
    }

    /** Reached a late stage (interviewing, offered) and did not end placed. */
    public boolean silverMedalist() {
        return status == CandidacyStatus.ENDED && stage.isLate();
    }
}
