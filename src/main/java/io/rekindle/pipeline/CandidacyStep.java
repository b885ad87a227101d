package io.rekindle.pipeline;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One dated event in the life of a candidacy: added, moved to a stage, ended. */
@Entity
@Table(name = "candidacy_step")
class CandidacyStep {

    enum Kind {
        ADDED,
        MOVED,
        ENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidacy_step_seq")
    @SequenceGenerator(name = "candidacy_step_seq", sequenceName = "candidacy_step_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidacy_id")
    private Candidacy candidacy;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private Instant occurredAt;
    private Long userId;

    protected CandidacyStep() {}

    CandidacyStep(Candidacy candidacy, Kind kind, Stage stage, Instant occurredAt, Long userId) {
        this.candidacy = candidacy;
        this.kind = kind;
        this.stage = stage;
        this.occurredAt = occurredAt;
        this.userId = userId;
    }

    Kind kind() {
        return kind;
    }

    Stage stage() {
        return stage;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    Candidacy candidacy() {
        return candidacy;
    }
}
