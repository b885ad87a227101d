package io.rekindle.people;

import io.rekindle.people.PersonMergeParticipant.MergeMove;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Merges one person into another and undoes it: the kept person gains what the other had, every participant moves its
 * records, the merged person stays as a tombstone pointing at the kept one, and all of it is recorded.
 */
@Component
class PersonMerger {

    private final PersonRepository people;
    private final PersonMergeRepository merges;
    private final ObjectProvider<PersonMergeParticipant> participants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonMerger(
            PersonRepository people,
            PersonMergeRepository merges,
            ObjectProvider<PersonMergeParticipant> participants,
            ApplicationEventPublisher events,
            Clock clock) {
        this.people = people;
        this.merges = merges;
        this.participants = participants;
        this.events = events;
        this.clock = clock;
    }

    /** Must run in a transaction. */
    PersonMergeView merge(PersonId keptId, PersonId mergedId, UserId by, List<String> reasons) {
        if (keptId.equals(mergedId)) {
            throw InvalidInputException.of("merged", "a person cannot be merged into themselves");
        }
        Person kept = load(keptId);
        Person merged = load(mergedId);
        if (kept.merged()) {
            throw new ConflictException(kept.fullName() + " was merged into person " + kept.mergedInto());
        }
        if (merged.merged()) {
            throw new ConflictException(merged.fullName() + " was already merged into person " + merged.mergedInto());
        }
        Instant now = clock.instant();
        Person.Absorbed added = kept.absorb(merged, now);
        merged.mergeInto(keptId, now);
        people.flush();
        var record = new PersonMerge(keptId, mergedId, by, now, reasons, added);
        for (PersonMergeParticipant participant : participants()) {
            record.moved(participant.name(), participant.merge(keptId, mergedId));
        }
        merges.save(record);
        events.publishEvent(new PeopleMerged(record.id(), keptId, mergedId, by));
        events.publishEvent(new PersonChanged(keptId));
        events.publishEvent(new PersonChanged(mergedId));
        return record.view(merged.fullName());
    }

    /** Must run in a transaction. */
    PersonMergeView undo(long mergeId, UserId by) {
        PersonMerge record = merges.findById(mergeId).orElseThrow(() -> new NotFoundException("Merge", mergeId));
        if (record.undone()) {
            throw new ConflictException("This merge was already undone");
        }
        Person kept = load(record.kept());
        Person merged = load(record.merged());
        if (kept.merged()) {
            throw new ConflictException(
                    kept.fullName() + " was merged into person " + kept.mergedInto() + " since; undo that merge first");
        }
        if (!record.kept().equals(merged.mergedInto())) {
            throw new ConflictException(merged.fullName() + " is not merged into person " + record.kept());
        }
        Map<String, List<MergeMove>> moved = record.movesByParticipant();
        for (String name : moved.keySet()) {
            if (participants().stream().noneMatch(p -> p.name().equals(name))) {
                throw new ConflictException(
                        "Records moved by '" + name + "' cannot be moved back: that module is gone");
            }
        }
        List<PersonMergeParticipant> backwards = new ArrayList<>(participants());
        Collections.reverse(backwards);
        for (PersonMergeParticipant participant : backwards) {
            participant.undo(record.kept(), record.merged(), moved.getOrDefault(participant.name(), List.of()));
        }
        Instant now = clock.instant();
        kept.giveBack(record.added(), now);
        merged.restore(now);
        record.undo(by, now);
        people.flush();
        events.publishEvent(new MergeUndone(record.id(), record.kept(), record.merged(), by));
        events.publishEvent(new PersonChanged(record.kept()));
        events.publishEvent(new PersonChanged(record.merged()));
        return record.view(merged.fullName());
    }

    private List<PersonMergeParticipant> participants() {
        return participants.orderedStream().toList();
    }

    private Person load(PersonId id) {
        return people.findById(id.value()).orElseThrow(() -> new NotFoundException("Person", id));
    }
}
