package io.rekindle.pipeline;

import io.rekindle.people.PersonId;
import io.rekindle.people.PersonMergeParticipant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves candidacies (with their steps and outcomes) to the kept person. One candidacy per person and opening: when
 * both had one for the same opening, the kept person gets the richer one (ended with an outcome, else the later
 * stage) and the other stays with the merged person's record, so no outcome is lost and undo restores both.
 */
@Component
@Order(10)
class PipelineMergeParticipant implements PersonMergeParticipant {

    static final String MOVED = "candidacy";
    static final String SWAPPED = "candidacy-swapped";
    static final String LEFT = "candidacy-left";

    private final JdbcClient jdbc;

    PipelineMergeParticipant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public List<MergeMove> merge(PersonId kept, PersonId merged) {
        Map<Long, Row> keptByOpening = new HashMap<>();
        rows(kept).forEach(r -> keptByOpening.put(r.opening(), r));
        var moves = new ArrayList<MergeMove>();
        for (Row theirs : rows(merged)) {
            Row ours = keptByOpening.get(theirs.opening());
            if (ours == null) {
                setPerson(theirs.id(), kept);
                moves.add(new MergeMove(MOVED, theirs.id()));
            } else if (theirs.richerThan(ours)) {
                swap(ours.id(), theirs.id(), kept, merged);
                moves.add(new MergeMove(SWAPPED, ours.id()));
                moves.add(new MergeMove(MOVED, theirs.id()));
            } else {
                moves.add(new MergeMove(LEFT, theirs.id()));
            }
        }
        return moves;
    }

    @Override
    public void undo(PersonId kept, PersonId merged, List<MergeMove> moved) {
        Long swapped = null;
        for (MergeMove move : moved) {
            switch (move.kind()) {
                case MOVED -> {
                    if (swapped != null) {
                        swap(move.id(), swapped, kept, merged);
                        swapped = null;
                    } else {
                        setPerson(move.id(), merged);
                    }
                }
                case SWAPPED -> swapped = move.id();
                default -> {}
            }
        }
    }

    /** Gives {@code toKept} to {@code kept} and {@code toMerged} to {@code merged}, around the unique rule. */
    private void swap(long toMerged, long toKept, PersonId kept, PersonId merged) {
        jdbc.sql("update candidacy set person_id = :temp where id = :id")
                .param("temp", -toMerged)
                .param("id", toMerged)
                .update();
        setPerson(toKept, kept);
        setPerson(toMerged, merged);
    }

    private void setPerson(long candidacy, PersonId person) {
        jdbc.sql("update candidacy set person_id = :person where id = :id")
                .param("person", person.value())
                .param("id", candidacy)
                .update();
    }

    private List<Row> rows(PersonId person) {
        return jdbc.sql("select id, opening_id, status, stage, outcome_side from candidacy where person_id = :p"
                        + " order by id")
                .param("p", person.value())
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(5) != null
                                || !CandidacyStatus.ACTIVE.name().equals(rs.getString(3)),
                        Stage.valueOf(rs.getString(4))))
                .list();
    }

    private record Row(long id, long opening, boolean ended, Stage stage) {
        boolean richerThan(Row other) {
            if (ended != other.ended) {
                return ended;
            }
            return stage.compareTo(other.stage) > 0;
        }
    }
}
