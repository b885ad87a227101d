package io.rekindle.pipeline;

import io.rekindle.openings.OpeningDetails;
import io.rekindle.openings.OpeningId;
import io.rekindle.openings.Openings;
import io.rekindle.people.People;
import io.rekindle.people.PersonId;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.CurrentUser;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.NotFoundException;
import io.rekindle.platform.Text;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pipeline module's API: add people to openings, move them through stages, record outcomes. */
@Service
@Transactional(readOnly = true)
public class Pipeline {

    private final CandidacyRepository candidacies;
    private final People people;
    private final Openings openings;
    private final Clock clock;

    Pipeline(CandidacyRepository candidacies, People people, Openings openings, Clock clock) {
        this.candidacies = candidacies;
        this.people = people;
        this.openings = openings;
        this.clock = clock;
    }

    /** Adds a person to an opening at stage sourced; {@code at} may lie in the past for imported history. */
    @Transactional
    public CandidacyView add(PersonId person, OpeningId opening, Instant at) {
        if (!people.exists(person)) {
            throw InvalidInputException.of("personId", "is not a known person");
        }
        OpeningDetails details = openingOrInvalid(opening);
        if (candidacies.existsByPersonIdAndOpeningId(person.value(), opening.value())) {
            throw new ConflictException("This person is already in the pipeline of " + details.label());
        }
        var candidacy = new Candidacy(person, opening, details.company(), CurrentUser.id(), past("addedAt", at));
        return candidacies.save(candidacy).view();
    }

    @Transactional
    public CandidacyView move(CandidacyId id, Stage stage, Instant at) {
        if (stage == null) {
            throw InvalidInputException.of("stage", "must be one of " + List.of(Stage.values()));
        }
        Candidacy candidacy = load(id);
        candidacy.moveTo(stage, CurrentUser.id(), past("at", at));
        return candidacies.save(candidacy).view();
    }

    @Transactional
    public CandidacyView place(CandidacyId id, String note, LocalDate on) {
        Candidacy candidacy = load(id);
        LocalDate date = outcomeDay(candidacy, on);
        candidacy.place(Text.trimToNull(note), date, CurrentUser.id(), moment(date));
        return candidacies.save(candidacy).view();
    }

    /** Ends a candidacy with a no; it is kept with its side, reason, note, condition and date. */
    @Transactional
    public CandidacyView recordNo(CandidacyId id, NoOutcome no) {
        if (no.side() == null) {
            throw InvalidInputException.of("side", "must be one of " + List.of(Side.values()));
        }
        if (no.reason() != null && !no.reason().fits(no.side())) {
            throw InvalidInputException.of("reason", "must be one of " + NoReason.of(no.side()) + " for " + no.side());
        }
        Candidacy candidacy = load(id);
        LocalDate date = outcomeDay(candidacy, no.on());
        candidacy.recordNo(
                no.side(),
                no.reason(),
                Text.trimToNull(no.note()),
                Text.trimToNull(no.condition()),
                no.askAgainOn(),
                date,
                CurrentUser.id(),
                moment(date));
        return candidacies.save(candidacy).view();
    }

    public CandidacyView get(CandidacyId id) {
        return load(id).view();
    }

    public List<CandidacyView> ofOpening(OpeningId opening) {
        return candidacies.findByOpeningIdOrderByAddedAtAsc(opening.value()).stream()
                .map(Candidacy::view)
                .toList();
    }

    public List<CandidacyView> ofPerson(PersonId person) {
        return candidacies.findByPersonIdOrderByAddedAtDesc(person.value()).stream()
                .map(Candidacy::view)
                .toList();
    }

    /** The candidacies of the given people, newest first. */
    public List<CandidacyView> ofPeople(java.util.Collection<PersonId> people) {
        return candidacies.findByPersonIdIn(people.stream().map(PersonId::value).toList()).stream()
                .map(Candidacy::view)
                .sorted(java.util.Comparator.comparing(CandidacyView::addedAt).reversed())
                .toList();
    }

    /** The nos of candidacies after the given one, oldest first: for catching up on history loaded in bulk. */
    public List<OutcomeRecorded> nosAfter(long candidacyId, int limit) {
        return candidacies
                .findByStatusAndIdGreaterThanOrderById(CandidacyStatus.ENDED, candidacyId, PageRequest.of(0, limit))
                .stream()
                .map(Candidacy::outcomeRecorded)
                .toList();
    }

    List<CandidacyStep> stepsOf(PersonId person) {
        return candidacies.stepsOfPerson(person.value());
    }

    private OpeningDetails openingOrInvalid(OpeningId opening) {
        try {
            return openings.get(opening);
        } catch (NotFoundException e) {
            throw InvalidInputException.of("openingId", "is not a known opening");
        }
    }

    private Candidacy load(CandidacyId id) {
        return candidacies.findById(id.value()).orElseThrow(() -> new NotFoundException("Candidacy", id));
    }

    private Instant past(String field, Instant at) {
        Instant now = clock.instant();
        if (at == null) {
            return now;
        }
        if (at.isAfter(now)) {
            throw InvalidInputException.of(field, "must not be in the future");
        }
        return at;
    }

    private LocalDate outcomeDay(Candidacy candidacy, LocalDate on) {
        LocalDate date = day("date", on);
        LocalDate started = candidacy.startedOn(zone());
        if (date.isBefore(started)) {
            throw InvalidInputException.of("date", "must not be before the candidacy started on " + started);
        }
        return date;
    }

    private LocalDate day(String field, LocalDate on) {
        LocalDate today = LocalDate.now(clock.withZone(zone()));
        if (on == null) {
            return today;
        }
        if (on.isAfter(today)) {
            throw InvalidInputException.of(field, "must not be in the future");
        }
        return on;
    }

    /** The moment an outcome dated {@code on} is placed on the timeline: now if today, else that day's start. */
    private Instant moment(LocalDate on) {
        ZoneId zone = zone();
        return on.equals(LocalDate.now(clock.withZone(zone)))
                ? clock.instant()
                : on.atStartOfDay(zone).toInstant();
    }

    private static ZoneId zone() {
        return CurrentUser.zone();
    }

    /** A no as a user records it. */
    public record NoOutcome(
            Side side, NoReason reason, String note, String condition, LocalDate askAgainOn, LocalDate on) {}
}
