package io.rekindle.followups;

import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.ConflictException;
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

/** A dated task to contact a person again. Open until it is done or cancelled; overdue ones stay visible. */
@Entity
@Table(name = "follow_up")
class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    private Long id;

    private Long personId;
    private Long openingId;
    private Long ownerId;
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private FollowUpOrigin origin;

    private Long revisitId;
    private Long enrollmentId;
    private Integer step;
    private String note;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status;

    private Instant createdAt;
    private Instant closedAt;

    @Version
    private long version;

    protected FollowUp() {}

    FollowUp(
            PersonId person,
            OpeningId opening,
            UserId owner,
            LocalDate dueOn,
            FollowUpOrigin origin,
            Long revisitId,
            String note,
            Instant now) {
        this.personId = person.value();
        this.openingId = opening == null ? null : opening.value();
        this.ownerId = owner == null ? null : owner.value();
        this.dueOn = dueOn;
        this.origin = origin;
        this.revisitId = revisitId;
        this.note = note;
        this.status = FollowUpStatus.OPEN;
        this.createdAt = now;
    }

    static FollowUp forStep(EnrollmentView enrollment, int step, LocalDate dueOn, String note, Instant now) {
        var followUp = new FollowUp(
                enrollment.person(), null, enrollment.owner(), dueOn, FollowUpOrigin.CADENCE, null, note, now);
        followUp.enrollmentId = enrollment.id();
        followUp.step = step;
        return followUp;
    }

    void complete(Instant now) {
        close(FollowUpStatus.DONE, now);
    }

    void cancel(Instant now) {
        close(FollowUpStatus.CANCELLED, now);
    }

    void snoozeUntil(LocalDate day, LocalDate today) {
        requireOpen();
        if (!day.isAfter(today)) {
            throw new IllegalArgumentException("A follow-up can only be snoozed to a later day than today");
        }
        dueOn = day;
    }

    void reassign(UserId owner) {
        requireOpen();
        ownerId = owner.value();
    }

    private void close(FollowUpStatus next, Instant now) {
        requireOpen();
        status = next;
        closedAt = now;
    }

    private void requireOpen() {
        if (status != FollowUpStatus.OPEN) {
            throw new ConflictException(
                    "This follow-up is already " + status.name().toLowerCase());
        }
    }

    FollowUpView view() {
        return new FollowUpView(
                id,
                new PersonId(personId),
                openingId == null ? null : new OpeningId(openingId),
                UserId.of(ownerId),
                dueOn,
                origin,
                note,
                status,
                version);
    }
}
