package io.rekindle.people;

import java.util.List;

/**
 * Likely duplicates of each row of a batch about to be created (an import's chunk): element i of {@code ofKept} holds
 * people already kept, element i of {@code ofEarlierRows} the rows before row i in the same batch, both best first and
 * found by the same rules, so whether two rows of a file become one person does not depend on where chunks begin.
 */
public record BatchDuplicates(List<List<DuplicateCandidate>> ofKept, List<List<EarlierRow>> ofEarlierRows) {

    /** An earlier row of the batch (its index) that is likely the same human, with the reasons. */
    public record EarlierRow(int row, List<String> reasons, double score) {}
}
