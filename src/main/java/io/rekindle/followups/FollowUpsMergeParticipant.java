package io.rekindle.followups;

import io.rekindle.people.PersonId;
import io.rekindle.people.PersonMergeParticipant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves touches, follow-ups, revisit dates and cadence enrollments to the kept person. One active cadence per person:
 * when both are in one, the merged person's stays where it was (recorded as left) and the kept person's goes on.
 */
@Component
@Order(20)
class FollowUpsMergeParticipant implements PersonMergeParticipant {

    private static final List<String> TABLES = List.of("touch", "follow_up", "revisit");

    private final JdbcClient jdbc;

    FollowUpsMergeParticipant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "followups";
    }

    @Override
    public List<MergeMove> merge(PersonId kept, PersonId merged) {
        var moves = new ArrayList<MergeMove>();
        for (String table : TABLES) {
            for (Long id : ids("select id from " + table + " where person_id = :p", merged)) {
                move(table, id, kept);
                moves.add(new MergeMove(kind(table), id));
            }
        }
        boolean keptActive = !ids("select id from enrollment where active_person_id = :p", kept)
                .isEmpty();
        for (Long id : ids("select id from enrollment where person_id = :p", merged)) {
            boolean active = !ids("select id from enrollment where active_person_id = :p", merged).stream()
                    .filter(id::equals)
                    .toList()
                    .isEmpty();
            if (active && keptActive) {
                moves.add(new MergeMove("enrollment-left", id));
                continue;
            }
            jdbc.sql("update enrollment set person_id = :kept, active_person_id = case when active_person_id is null"
                            + " then null else :kept end where id = :id")
                    .param("kept", kept.value())
                    .param("id", id)
                    .update();
            moves.add(new MergeMove("enrollment", id));
        }
        return moves;
    }

    @Override
    public void undo(PersonId kept, PersonId merged, List<MergeMove> moved) {
        for (MergeMove move : moved) {
            switch (move.kind()) {
                case "touch", "follow-up", "revisit" -> move(table(move.kind()), move.id(), merged);
                case "enrollment" ->
                    jdbc.sql("update enrollment set person_id = :merged, active_person_id = case when"
                                    + " active_person_id is null then null else :merged end where id = :id")
                            .param("merged", merged.value())
                            .param("id", move.id())
                            .update();
                default -> {}
            }
        }
    }

    private void move(String table, long id, PersonId to) {
        jdbc.sql("update " + table + " set person_id = :to where id = :id")
                .param("to", to.value())
                .param("id", id)
                .update();
    }

    private List<Long> ids(String sql, PersonId person) {
        return jdbc.sql(sql + " order by id")
                .param("p", person.value())
                .query(Long.class)
                .list();
    }

    private static String kind(String table) {
        return table.replace('_', '-');
    }

    private static String table(String kind) {
        return kind.replace('-', '_');
    }
}
