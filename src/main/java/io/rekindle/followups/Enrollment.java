package io.rekindle.followups;

import io.rekindle.people.PersonId;
import io.rekindle.platform.UserId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A person in a cadence: which step comes next and when, until it finishes or stops for a kept reason. */
@Entity
@Table(name = "enrollment")
class Enrollment {

    enum Status {
        ACTIVE,
        ENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrollment_seq")
    @SequenceGenerator(name = "enrollment_seq", sequenceName = "enrollment_seq", allocationSize = 50)
    private Long id;

    private Long personId;
    private Long activePersonId;
    private Long cadenceId;
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int nextStep;
    private LocalDate nextDueOn;

    @Enumerated(EnumType.STRING)
    private StopReason stopReason;

    private Instant startedAt;
    private Instant endedAt;

    @Version
    private long version;

    protected Enrollment() {}

    Enrollment(PersonId person, long cadenceId, UserId owner, LocalDate firstDue, Instant now) {
        this.personId = person.value();
        this.activePersonId = person.value();
        this.cadenceId = cadenceId;
        this.ownerId = owner == null ? null : owner.value();
        this.status = Status.ACTIVE;
        this.nextStep = 0;
        this.nextDueOn = firstDue;
        this.startedAt = now;
    }

    void advance(LocalDate nextDue) {
        nextStep++;
        nextDueOn = nextDue;
    }

    void postpone(LocalDate day) {
        nextDueOn = day;
    }

    void stop(StopReason reason, Instant now) {
        if (status == Status.ACTIVE) {
            status = Status.ENDED;
            activePersonId = null;
            nextDueOn = null;
            stopReason = reason;
            endedAt = now;
        }
    }

    long cadenceId() {
        return cadenceId;
    }

    EnrollmentView view() {
        return new EnrollmentView(
                id,
                new PersonId(personId),
                cadenceId,
                UserId.of(ownerId),
                status == Status.ACTIVE,
                nextStep,
                nextDueOn,
                stopReason);
    }
}
