package io.rekindle.people;

import java.util.List;

/**
 * SPI for modules that keep records about people: when one person is merged into another, each participant moves
 * its records of the merged person to the kept one and says exactly what moved; undoing the merge hands that list
 * back so the same records move back. Both calls run in the merge's transaction: throwing aborts the merge.
 */
public interface PersonMergeParticipant {

    /** A short stable name for this participant (stored with what moved), e.g. "pipeline". */
    String name();

    /** Moves this module's records of {@code merged} to {@code kept}; returns what moved. */
    List<MergeMove> merge(PersonId kept, PersonId merged);

    /** Moves back to {@code merged} exactly what {@link #merge} returned. */
    void undo(PersonId kept, PersonId merged, List<MergeMove> moved);

    /**
     * One record that moved (or, for a kind ending in {@code -swapped}, a record that changed place to keep a unique
     * rule): its kind, for example "touch" or "candidacy", and its id.
     */
    record MergeMove(String kind, long id) {}
}
