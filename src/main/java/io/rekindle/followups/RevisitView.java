package io.rekindle.followups;

import io.rekindle.openings.CompanyId;
import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Side;
import java.time.LocalDate;

/**
 * A no and when it turns into "maybe now": {@code revisitOn} for any opening, {@code clientRevisitOn} for the client
 * who was involved (null: never for that client).
 */
public record RevisitView(
        long id,
        PersonId person,
        OpeningId opening,
        CompanyId company,
        Side side,
        NoReason reason,
        String note,
        LocalDate saidNoOn,
        LocalDate revisitOn,
        LocalDate clientRevisitOn,
        boolean givenByPerson,
        boolean silverMedalist) {

    public boolean open(LocalDate today) {
        return !revisitOn.isAfter(today);
    }

    public boolean neverForClient() {
        return clientRevisitOn == null;
    }
}
