package io.rekindle.search;

import java.time.LocalDate;
import java.util.List;

/** A person's candidacies as rediscovery needs them, stored with the profile so ranking reads no other table. */
record ProfileHistory(List<Past> candidacies) {

    static final ProfileHistory EMPTY = new ProfileHistory(List.of());

    /**
     * One candidacy: the opening and its client, the stage reached, how it ended (null status while active), the no
     * with its side, reason and note, and when it turns into "maybe now" (for any client, and for this client: null
     * is never).
     */
    record Past(
            long opening,
            long company,
            String openingTitle,
            String companyName,
            String stage,
            String status,
            String side,
            String reason,
            String note,
            LocalDate on,
            LocalDate revisitOn,
            LocalDate clientRevisitOn,
            boolean silverMedalist,
            Long payMax,
            String city,
            Double latitude,
            Double longitude,
            boolean remote) {

        boolean active() {
            return "ACTIVE".equals(status);
        }

        boolean no() {
            return "ENDED".equals(status);
        }

        boolean placed() {
            return "PLACED".equals(status);
        }
    }
}
