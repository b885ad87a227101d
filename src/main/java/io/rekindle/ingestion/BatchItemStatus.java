package io.rekindle.ingestion;

/** What became of one file of a batch. */
public enum BatchItemStatus {
    /** Waiting to be read. */
    PENDING,
    /** A new person was created with this resume, at once or after a recruiter's review. */
    CREATED,
    /** Read, but a recruiter must decide: a possible duplicate, or no name found. */
    REVIEW,
    /** Not a readable resume; the reason says why. */
    REJECTED,
    /** Reviewed by a recruiter and added as the newest resume of someone already kept. */
    MERGED
}
