package io.rekindle.people;

import io.rekindle.people.PersonMergeParticipant.MergeMove;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.UserId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The record of one merge: what the kept person gained and what moved, enough to undo it exactly. */
@Entity
@Table(name = "person_merge")
class PersonMerge {

    private static final String SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_merge_seq")
    @SequenceGenerator(name = "person_merge_seq", sequenceName = "person_merge_seq", allocationSize = 50)
    private Long id;

    private long keptId;
    private long mergedId;
    private Long mergedBy;
    private Instant mergedAt;
    private String reasons;
    private String addedEmails;
    private String addedPhones;
    private String addedSkills;
    private String addedTags;
    private String filledFields;
    private Instant undoneAt;
    private Long undoneBy;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "person_merge_move", joinColumns = @JoinColumn(name = "merge_id"))
    @OrderColumn(name = "position")
    private List<Move> moves = new ArrayList<>();

    protected PersonMerge() {}

    PersonMerge(PersonId kept, PersonId merged, UserId by, Instant at, List<String> reasons, Person.Absorbed added) {
        this.keptId = kept.value();
        this.mergedId = merged.value();
        this.mergedBy = by == null ? null : by.value();
        this.mergedAt = at;
        this.reasons = join(reasons);
        this.addedEmails = join(added.emails());
        this.addedPhones = join(added.phones());
        this.addedSkills = join(added.skills());
        this.addedTags = join(added.tags());
        this.filledFields = join(added.fields());
    }

    void moved(String participant, List<MergeMove> moved) {
        moved.forEach(m -> moves.add(new Move(participant, m.kind(), m.id())));
    }

    /** What each participant moved, in the order they moved it. */
    Map<String, List<MergeMove>> movesByParticipant() {
        var byParticipant = new LinkedHashMap<String, List<MergeMove>>();
        for (Move move : moves) {
            byParticipant
                    .computeIfAbsent(move.participant, p -> new ArrayList<>())
                    .add(new MergeMove(move.kind, move.itemId));
        }
        return byParticipant;
    }

    void undo(UserId by, Instant at) {
        if (undoneAt != null) {
            throw new ConflictException("This merge was already undone");
        }
        this.undoneAt = at;
        this.undoneBy = by == null ? null : by.value();
    }

    long id() {
        return id;
    }

    PersonId kept() {
        return new PersonId(keptId);
    }

    PersonId merged() {
        return new PersonId(mergedId);
    }

    boolean undone() {
        return undoneAt != null;
    }

    Person.Absorbed added() {
        return new Person.Absorbed(
                split(addedEmails), split(addedPhones), split(addedSkills), split(addedTags), split(filledFields));
    }

    PersonMergeView view(String mergedName) {
        var added = new ArrayList<String>();
        added.addAll(split(addedEmails));
        added.addAll(split(addedPhones));
        added.addAll(split(addedSkills));
        added.addAll(split(addedTags));
        var moved = new TreeMap<String, Long>();
        moves.forEach(m -> moved.merge(m.kind, 1L, Long::sum));
        return new PersonMergeView(
                id,
                kept(),
                merged(),
                mergedName,
                UserId.of(mergedBy),
                mergedAt,
                split(reasons),
                added,
                moved,
                undoneAt);
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(SEPARATOR, values);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty()
                ? new ArrayList<>()
                : new ArrayList<>(Arrays.asList(joined.split(SEPARATOR)));
    }

    @Embeddable
    static class Move {
        @Column(name = "participant")
        private String participant;

        @Column(name = "kind")
        private String kind;

        @Column(name = "item_id")
        private long itemId;

        protected Move() {}

        Move(String participant, String kind, long itemId) {
            this.participant = participant;
            this.kind = kind;
            this.itemId = itemId;
        }
    }
}
