package io.rekindle.people;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Moves every resume version of the merged person after the kept person's own; undo moves the same versions back. */
@Component
@Order(5)
class ResumesMergeParticipant implements PersonMergeParticipant {

    private static final String KIND = "resume";

    private final Resumes resumes;

    ResumesMergeParticipant(Resumes resumes) {
        this.resumes = resumes;
    }

    @Override
    public String name() {
        return "resumes";
    }

    @Override
    public List<MergeMove> merge(PersonId kept, PersonId merged) {
        return resumes.moveAll(merged, kept).stream()
                .map(id -> new MergeMove(KIND, id.value()))
                .toList();
    }

    @Override
    public void undo(PersonId kept, PersonId merged, List<MergeMove> moved) {
        var ids = moved.stream()
                .filter(m -> m.kind().equals(KIND))
                .map(m -> new ResumeId(m.id()))
                .toList();
        if (!ids.isEmpty()) {
            resumes.move(ids, merged);
        }
    }
}
