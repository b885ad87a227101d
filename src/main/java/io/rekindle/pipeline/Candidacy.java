package io.rekindle.pipeline;

import io.rekindle.openings.CompanyId;
import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.UserId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A person considered for an opening. Moves through stages and ends once: placed, or a no that is kept. */
@Entity
@Table(name = "candidacy")
class Candidacy extends AbstractAggregateRoot<Candidacy> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidacy_seq")
    @SequenceGenerator(name = "candidacy_seq", sequenceName = "candidacy_seq", allocationSize = 50)
    private Long id;

    private Long personId;
    private Long openingId;
    private Long companyId;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    private CandidacyStatus status;

    @Enumerated(EnumType.STRING)
    private Side outcomeSide;

    @Enumerated(EnumType.STRING)
    private NoReason outcomeReason;

    private String outcomeNote;
    private String outcomeCondition;
    private LocalDate outcomeOn;
    private LocalDate outcomeAskAgainOn;
    private Instant addedAt;
    private Instant endedAt;
    private Long addedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "candidacy", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<CandidacyStep> steps = new ArrayList<>();

    protected Candidacy() {}

    Candidacy(PersonId person, OpeningId opening, CompanyId company, UserId by, Instant at) {
        this.personId = person.value();
        this.openingId = opening.value();
        this.companyId = company.value();
        this.stage = Stage.SOURCED;
        this.status = CandidacyStatus.ACTIVE;
        this.addedAt = at;
        this.addedBy = by == null ? null : by.value();
        steps.add(new CandidacyStep(this, CandidacyStep.Kind.ADDED, stage, at, addedBy));
        registerEvent(new CandidacyMoved(person, opening, stage));
    }

    void moveTo(Stage next, UserId by, Instant at) {
        requireActive();
        requireNotBefore(at);
        if (next == Stage.PLACED) {
            throw new ConflictException("Record the outcome 'placed' to place someone; it ends the candidacy");
        }
        if (next == stage) {
            throw new ConflictException("The candidacy is already at stage " + stage);
        }
        stage = next;
        steps.add(new CandidacyStep(this, CandidacyStep.Kind.MOVED, next, at, id(by)));
        registerEvent(new CandidacyMoved(new PersonId(personId), new OpeningId(openingId), next));
    }

    void place(String note, LocalDate on, UserId by, Instant at) {
        requireActive();
        stage = Stage.PLACED;
        end(CandidacyStatus.PLACED, null, null, note, null, null, on, by, at);
    }

    /** Ends the candidacy with a no; the reason must be one of the side's. */
    void recordNo(
            Side side,
            NoReason reason,
            String note,
            String condition,
            LocalDate askAgainOn,
            LocalDate on,
            UserId by,
            Instant at) {
        requireActive();
        NoReason actual = reason == null ? NoReason.implied(side) : reason;
        if (actual == null || !actual.fits(side)) {
            throw new IllegalArgumentException(
                    "reason must be one of " + NoReason.of(side) + " when the side is " + side);
        }
        if (actual == NoReason.DECLINED_OFFER && stage != Stage.OFFERED) {
            throw new ConflictException("Only a candidacy at the stage OFFERED can end with a declined offer");
        }
        if (askAgainOn != null && !askAgainOn.isAfter(on)) {
            throw new IllegalArgumentException("askAgainOn must lie after the date of the no (" + on + ")");
        }
        end(CandidacyStatus.ENDED, side, actual, note, condition, askAgainOn, on, by, at);
    }

    private void end(
            CandidacyStatus next,
            Side side,
            NoReason reason,
            String note,
            String condition,
            LocalDate askAgainOn,
            LocalDate on,
            UserId by,
            Instant at) {
        Instant last = lastStepAt();
        Instant moment = at.isBefore(last) ? last : at;
        status = next;
        outcomeSide = side;
        outcomeReason = reason;
        outcomeNote = note;
        outcomeCondition = condition;
        outcomeOn = on;
        outcomeAskAgainOn = askAgainOn;
        endedAt = moment;
        steps.add(new CandidacyStep(this, CandidacyStep.Kind.ENDED, stage, moment, id(by)));
        registerEvent(new OutcomeRecorded(
                new CandidacyId(id),
                new PersonId(personId),
                new OpeningId(openingId),
                new CompanyId(companyId),
                stage,
                outcome(),
                by));
    }

    private void requireActive() {
        if (status != CandidacyStatus.ACTIVE) {
            throw new ConflictException("This candidacy has already ended (" + status + ")");
        }
    }

    private Instant lastStepAt() {
        return steps.get(steps.size() - 1).occurredAt();
    }

    /** The day the candidacy started, in the given zone: an outcome cannot be dated before it. */
    LocalDate startedOn(java.time.ZoneId zone) {
        return LocalDate.ofInstant(addedAt, zone);
    }

    private void requireNotBefore(Instant at) {
        Instant last = lastStepAt();
        if (at.isBefore(last)) {
            throw new ConflictException("A step cannot happen before the previous one (" + last + ")");
        }
    }

    private static Long id(UserId user) {
        return user == null ? null : user.value();
    }

    Outcome outcome() {
        return switch (status) {
            case ACTIVE -> null;
            case PLACED -> Outcome.placed(outcomeNote, outcomeOn);
            case ENDED ->
                Outcome.no(outcomeSide, outcomeReason, outcomeNote, outcomeCondition, outcomeAskAgainOn, outcomeOn);
        };
    }

    /** The event this candidacy's end announced, for modules that catch up on history loaded in bulk. */
    OutcomeRecorded outcomeRecorded() {
        return new OutcomeRecorded(
                new CandidacyId(id),
                new PersonId(personId),
                new OpeningId(openingId),
                new CompanyId(companyId),
                stage,
                outcome(),
                addedBy == null ? null : new UserId(addedBy));
    }

    List<CandidacyStep> steps() {
        return steps;
    }

    long version() {
        return version;
    }

    CandidacyView view() {
        return new CandidacyView(
                new CandidacyId(id),
                new PersonId(personId),
                new OpeningId(openingId),
                new CompanyId(companyId),
                stage,
                status,
                outcome(),
                addedAt,
                endedAt,
                version);
    }
}
