package io.rekindle.ingestion;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One file of a batch: pending until read, then created, to review, or rejected with a reason. */
@Entity
@Table(name = "resume_batch_item")
class ResumeBatchItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resume_batch_item_seq")
    @SequenceGenerator(name = "resume_batch_item_seq", sequenceName = "resume_batch_item_seq", allocationSize = 50)
    private Long id;

    private long batchId;
    private int position;
    private String fileName;
    private String stagedToken;

    @Enumerated(EnumType.STRING)
    private BatchItemStatus status;

    private String reason;
    private Long personId;
    private Long duplicateOf;
    private Instant processedAt;

    protected ResumeBatchItem() {}

    private ResumeBatchItem(long batchId, int position, String fileName) {
        this.batchId = batchId;
        this.position = position;
        this.fileName = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
    }

    static ResumeBatchItem pending(long batchId, int position, String fileName, String token) {
        var item = new ResumeBatchItem(batchId, position, fileName);
        item.stagedToken = token;
        item.status = BatchItemStatus.PENDING;
        return item;
    }

    static ResumeBatchItem rejected(long batchId, int position, String fileName, String reason, Instant at) {
        var item = new ResumeBatchItem(batchId, position, fileName);
        item.reject(reason, at);
        return item;
    }

    void created(long person, Instant at) {
        this.status = BatchItemStatus.CREATED;
        this.personId = person;
        this.processedAt = at;
    }

    void review(String why, Long duplicateOf, Instant at) {
        this.status = BatchItemStatus.REVIEW;
        this.reason = clip(why);
        this.duplicateOf = duplicateOf;
        this.processedAt = at;
    }

    /** The recruiter's decision on a file left for review: a new person ({@code CREATED}) or a merge. */
    void reviewed(BatchItemStatus outcome, long person, Instant at) {
        if (status != BatchItemStatus.REVIEW) {
            throw new IllegalStateException("Batch item " + id + " is " + status + ", not waiting for review");
        }
        if (outcome != BatchItemStatus.CREATED && outcome != BatchItemStatus.MERGED) {
            throw new IllegalArgumentException("A review ends created or merged, not " + outcome);
        }
        this.status = outcome;
        this.personId = person;
        this.reason = null;
        this.duplicateOf = null;
        this.processedAt = at;
    }

    void reject(String why, Instant at) {
        this.status = BatchItemStatus.REJECTED;
        this.reason = clip(why);
        this.processedAt = at;
    }

    private static String clip(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }

    boolean awaitingReview() {
        return status == BatchItemStatus.REVIEW;
    }

    boolean pending() {
        return status == BatchItemStatus.PENDING;
    }

    long id() {
        return id;
    }

    long batchId() {
        return batchId;
    }

    String fileName() {
        return fileName;
    }

    String stagedToken() {
        return stagedToken;
    }

    BatchView.Item view() {
        return new BatchView.Item(id, position, fileName, status, reason, personId, duplicateOf, stagedToken);
    }
}
