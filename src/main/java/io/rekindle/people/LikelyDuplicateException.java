package io.rekindle.people;

import io.rekindle.platform.ConflictException;
import java.util.List;

/** Refuses to keep a new person who is likely someone already kept, until the user says to keep both. */
public class LikelyDuplicateException extends ConflictException {

    private final transient List<DuplicateCandidate> candidates;

    public LikelyDuplicateException(List<DuplicateCandidate> candidates) {
        super("This person is likely already kept: " + candidates.size()
                + " likely duplicate(s); merge into one of them or send allowDuplicate=true to keep both");
        this.candidates = List.copyOf(candidates);
    }

    public List<DuplicateCandidate> candidates() {
        return candidates;
    }
}
