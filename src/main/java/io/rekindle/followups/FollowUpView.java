package io.rekindle.followups;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.UserId;
import java.time.LocalDate;

public record FollowUpView(
        long id,
        PersonId person,
        OpeningId opening,
        UserId owner,
        LocalDate dueOn,
        FollowUpOrigin origin,
        String note,
        FollowUpStatus status,
        long version) {

    public boolean overdue(LocalDate today) {
        return status == FollowUpStatus.OPEN && dueOn.isBefore(today);
    }
}
