package io.rekindle.people;

import io.rekindle.platform.ConflictException;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.PlannerStatistics;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's API: keep, change, find and read people. */
@Service
@Transactional(readOnly = true)
public class People {

    /** The tables an import makes many times larger, and duplicate checks read. */
    static final List<String> GROWING_TABLES = List.of("person", "person_email_key", "person_phone");

    private final PersonRepository repository;
    private final PersonDataValidator validator;
    private final PhoneNumbers phoneNumbers;
    private final Duplicates duplicates;
    private final ObjectProvider<TimelineContributor> timelineContributors;
    private final ApplicationEventPublisher events;
    private final PlannerStatistics statistics;
    private final Clock clock;

    People(
            PersonRepository repository,
            PersonDataValidator validator,
            PhoneNumbers phoneNumbers,
            Duplicates duplicates,
            ObjectProvider<TimelineContributor> timelineContributors,
            ApplicationEventPublisher events,
            PlannerStatistics statistics,
            Clock clock) {
        this.statistics = statistics;
        this.repository = repository;
        this.validator = validator;
        this.phoneNumbers = phoneNumbers;
        this.duplicates = duplicates;
        this.timelineContributors = timelineContributors;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PersonDetails create(PersonData data) {
        ValidPersonData valid = validator.validate(data);
        Instant now = clock.instant();
        Instant createdAt = data.createdAt() == null ? now : data.createdAt();
        if (createdAt.isAfter(now)) {
            throw InvalidInputException.of("createdAt", "must not be in the future");
        }
        var person = repository.save(new Person(valid, createdAt, LocalDate.ofInstant(createdAt, clock.getZone())));
        events.publishEvent(new PersonChanged(person.id()));
        return person.details(phoneNumbers);
    }

    /**
     * Keeps a new person unless they are likely someone already kept: then refuses with the candidates (a
     * {@link LikelyDuplicateException}) unless {@code allowDuplicate}. Invalid data is refused first.
     */
    @Transactional
    public PersonDetails create(PersonData data, boolean allowDuplicate) {
        validator.validate(data);
        if (!allowDuplicate) {
            List<DuplicateCandidate> candidates = duplicates.likelyDuplicatesOf(data);
            if (!candidates.isEmpty()) {
                throw new LikelyDuplicateException(candidates);
            }
        }
        return create(data);
    }

    /**
     * Keeps a new person and at once merges them into {@code kept} (the user chose "merge into" on a likely
     * duplicate): one transaction, recorded as a merge that can be undone.
     */
    @Transactional
    public PersonMergeView createMergedInto(PersonData data, PersonId kept, io.rekindle.platform.UserId by) {
        PersonDetails created = create(data);
        repository.flush();
        return duplicates.merge(kept, created.id(), by);
    }

    /**
     * Creates many people at once (imports), from data {@link #check} found valid (anything else fails the whole
     * batch): one {@link PeopleCreated} event stands for the batch instead of a {@link PersonChanged} each. Ids come
     * back in batch order.
     */
    @Transactional
    public List<PersonId> createAll(List<CheckedPerson> batch) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        var valid = batch.stream().map(CheckedPerson::valid).toList();
        var saved = repository.saveAll(
                valid.stream().map(v -> new Person(v, now, today)).toList());
        var ids = saved.stream().map(Person::id).toList();
        if (!ids.isEmpty()) {
            events.publishEvent(new PeopleCreated(ids));
        }
        statistics.grew(GROWING_TABLES, ids.size());
        return ids;
    }

    /** Checks the data as a person without saving it (imports check each row first); see {@link CheckedPerson}. */
    public CheckedPerson check(PersonData data) {
        try {
            return new CheckedPerson(List.of(), validator.validate(data));
        } catch (InvalidInputException e) {
            return new CheckedPerson(e.problems(), null);
        }
    }

    /** Replaces the editable data of a person; {@code expectedVersion} guards against concurrent edits. */
    @Transactional
    public PersonDetails update(PersonId id, long expectedVersion, PersonData data) {
        Person person = load(id);
        Instant now = clock.instant();
        boolean stoppedContact = change(person, new PersonUpdate(id, expectedVersion, data), now);
        repository.flush();
        events.publishEvent(new PersonChanged(id));
        if (stoppedContact) {
            events.publishEvent(new DoNotContactSet(id, person.doNotContactReason()));
        }
        return person.details(phoneNumbers);
    }

    /** Replaces the data of many people in one go (an import merging rows into them), with one event for all. */
    @Transactional
    public void updateAll(List<PersonUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        var found = repository
                .findAllById(updates.stream().map(u -> u.id().value()).toList())
                .stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Instant now = clock.instant();
        var stoppedContact = new ArrayList<Person>();
        for (PersonUpdate update : updates) {
            Person person = found.get(update.id());
            if (person == null) {
                throw new NotFoundException("Person", update.id());
            }
            if (change(person, update, now)) {
                stoppedContact.add(person);
            }
        }
        events.publishEvent(
                new PeopleChanged(updates.stream().map(PersonUpdate::id).toList()));
        stoppedContact.forEach(p -> events.publishEvent(new DoNotContactSet(p.id(), p.doNotContactReason())));
    }

    /** Applies new data after the version check; true when the person just became do-not-contact. */
    private boolean change(Person person, PersonUpdate update, Instant now) {
        ConflictException.checkVersion("Person " + update.id(), update.expectedVersion(), person.version());
        boolean wasContactable = !person.doNotContact();
        person.apply(validator.validate(update.data()), now, LocalDate.ofInstant(now, clock.getZone()));
        return wasContactable && person.doNotContact();
    }

    /**
     * Sets do-not-contact at the person's own request (an unsubscribe link); every cadence stops. Doing it twice is
     * harmless.
     */
    @Transactional
    public void optOut(PersonId id, String reason) {
        Person person = load(id);
        if (person.optOut(reason, clock.instant(), LocalDate.now(clock))) {
            events.publishEvent(new PersonChanged(id));
            events.publishEvent(new DoNotContactSet(id, reason));
        }
    }

    public PersonDetails get(PersonId id) {
        return load(id).details(phoneNumbers);
    }

    public Optional<PersonDetails> find(PersonId id) {
        return repository.findById(id.value()).map(p -> p.details(phoneNumbers));
    }

    /** The details of each of the given people that exists. */
    public Map<PersonId, PersonDetails> details(Collection<PersonId> ids) {
        return repository.findAllById(ids.stream().map(PersonId::value).toList()).stream()
                .map(p -> p.details(phoneNumbers))
                .collect(Collectors.toMap(PersonDetails::id, Function.identity()));
    }

    /** The ids of people after the given one, in id order: for modules that catch up on people loaded in bulk. */
    public List<PersonId> idsAfter(long after, int limit) {
        return repository.idsAfter(after, PageRequest.of(0, limit)).stream()
                .map(PersonId::new)
                .toList();
    }

    /** Those of the given people who were merged into someone else (tombstones, hidden from lists and search). */
    public Set<PersonId> mergedAmong(Collection<PersonId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return repository.mergedAmong(ids.stream().map(PersonId::value).toList()).stream()
                .map(PersonId::new)
                .collect(Collectors.toSet());
    }

    public boolean exists(PersonId id) {
        return repository.existsById(id.value());
    }

    public Page<PersonSummary> find(PersonFilter filter, Pageable pageable) {
        return repository
                .findAll(PersonSpecifications.matching(filter), pageable)
                .map(Person::summary);
    }

    public Map<PersonId, PersonSummary> summaries(Collection<PersonId> ids) {
        return repository.findAllById(ids.stream().map(PersonId::value).toList()).stream()
                .map(Person::summary)
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    /** Everything that happened with a person, newest first, from every module that has something to say. */
    public List<TimelineEntry> timeline(PersonId id) {
        PersonDetails person = get(id);
        var created = new TimelineEntry(
                person.createdAt(), "created", "timeline.person.created", List.of(), person.source(), null);
        return Stream.concat(
                        timelineContributors.orderedStream().flatMap(c -> c.timelineOf(id).stream()),
                        Stream.of(created))
                .sorted(Comparator.comparing(TimelineEntry::at).reversed())
                .toList();
    }

    private Person load(PersonId id) {
        return repository.findById(id.value()).orElseThrow(() -> new NotFoundException("Person", id));
    }
}
