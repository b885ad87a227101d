package io.rekindle.followups;

import io.rekindle.openings.CompanyId;
import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Side;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "revisit")
class Revisit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revisit_seq")
    @SequenceGenerator(name = "revisit_seq", sequenceName = "revisit_seq", allocationSize = 50)
    private Long id;

    private Long personId;
    private Long candidacyId;
    private Long openingId;
    private Long companyId;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Enumerated(EnumType.STRING)
    private NoReason reason;

    private String note;
    private LocalDate saidNoOn;
    private LocalDate revisitOn;
    private LocalDate clientRevisitOn;
    private boolean givenByPerson;
    private boolean silverMedalist;
    private Long recordedBy;
    private boolean followUpCreated;
    private Instant createdAt;

    protected Revisit() {}

    Revisit(RevisitView v, long candidacyId, Long recordedBy, Instant now) {
        this.personId = v.person().value();
        this.candidacyId = candidacyId;
        this.openingId = v.opening().value();
        this.companyId = v.company().value();
        this.side = v.side();
        this.reason = v.reason();
        this.note = v.note();
        this.saidNoOn = v.saidNoOn();
        this.revisitOn = v.revisitOn();
        this.clientRevisitOn = v.clientRevisitOn();
        this.givenByPerson = v.givenByPerson();
        this.silverMedalist = v.silverMedalist();
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    void followUpCreated() {
        followUpCreated = true;
    }

    Long recordedBy() {
        return recordedBy;
    }

    Long id() {
        return id;
    }

    RevisitView view() {
        return new RevisitView(
                id,
                new PersonId(personId),
                new OpeningId(openingId),
                new CompanyId(companyId),
                side,
                reason,
                note,
                saidNoOn,
                revisitOn,
                clientRevisitOn,
                givenByPerson,
                silverMedalist);
    }
}
