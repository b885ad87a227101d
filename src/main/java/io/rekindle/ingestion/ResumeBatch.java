package io.rekindle.ingestion;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Resumes uploaded together; its items say what became of each file. */
@Entity
@Table(name = "resume_batch")
class ResumeBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resume_batch_seq")
    @SequenceGenerator(name = "resume_batch_seq", sequenceName = "resume_batch_seq", allocationSize = 50)
    private Long id;

    private Long ownerId;
    private Instant createdAt;

    protected ResumeBatch() {}

    ResumeBatch(Long ownerId, Instant createdAt) {
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    Long ownerId() {
        return ownerId;
    }

    Instant createdAt() {
        return createdAt;
    }
}
