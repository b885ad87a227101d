package io.rekindle.people;

import io.rekindle.platform.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A recorded merge: who was kept and who merged, by whom and when, what the kept person gained, how many records of
 * each kind moved, and whether it was undone.
 */
public record PersonMergeView(
        long id,
        PersonId kept,
        PersonId merged,
        String mergedName,
        UserId by,
        Instant at,
        List<String> reasons,
        List<String> added,
        Map<String, Long> moved,
        Instant undoneAt) {

    public boolean undone() {
        return undoneAt != null;
    }
}
