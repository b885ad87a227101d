package io.rekindle.followups;

import io.rekindle.people.PersonId;
import io.rekindle.platform.UserId;
import java.time.LocalDate;

public record EnrollmentView(
        long id,
        PersonId person,
        long cadence,
        UserId owner,
        boolean active,
        int nextStep,
        LocalDate nextDueOn,
        StopReason stopReason) {}
