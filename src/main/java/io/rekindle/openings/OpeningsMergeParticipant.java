package io.rekindle.openings;

import io.rekindle.people.PersonId;
import io.rekindle.people.PersonMergeParticipant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Moves company contacts to the kept person; a role the kept person already has at that company stays as it was. */
@Component
@Order(30)
class OpeningsMergeParticipant implements PersonMergeParticipant {

    private final JdbcClient jdbc;

    OpeningsMergeParticipant(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "openings";
    }

    @Override
    public List<MergeMove> merge(PersonId kept, PersonId merged) {
        var moves = new ArrayList<MergeMove>();
        List<Long> ids = jdbc.sql("select c.id from company_contact c where c.person_id = :merged and not exists"
                        + " (select 1 from company_contact k where k.person_id = :kept and k.company_id = c.company_id"
                        + " and k.role = c.role) order by c.id")
                .param("merged", merged.value())
                .param("kept", kept.value())
                .query(Long.class)
                .list();
        for (Long id : ids) {
            setPerson(id, kept);
            moves.add(new MergeMove("company-contact", id));
        }
        return moves;
    }

    @Override
    public void undo(PersonId kept, PersonId merged, List<MergeMove> moved) {
        moved.stream().filter(m -> m.kind().equals("company-contact")).forEach(m -> setPerson(m.id(), merged));
    }

    private void setPerson(long id, PersonId person) {
        jdbc.sql("update company_contact set person_id = :p where id = :id")
                .param("p", person.value())
                .param("id", id)
                .update();
    }
}
