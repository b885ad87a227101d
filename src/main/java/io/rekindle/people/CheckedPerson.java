package io.rekindle.people;

import io.rekindle.platform.InvalidInputException.FieldProblem;
import java.util.List;

/**
 * Person data checked by {@link People#check}: what is wrong with it, or else its normalized form, which {@link
 * People#createAll} saves without checking it again.
 */
public final class CheckedPerson {

    private final List<FieldProblem> problems;
    private final ValidPersonData valid;

    CheckedPerson(List<FieldProblem> problems, ValidPersonData valid) {
        this.problems = List.copyOf(problems);
        this.valid = valid;
    }

    /** Empty when the data can be saved. */
    public List<FieldProblem> problems() {
        return problems;
    }

    ValidPersonData valid() {
        if (valid == null) {
            throw new IllegalArgumentException("Person data with problems cannot be saved: " + problems);
        }
        return valid;
    }
}
