package io.rekindle.ingestion;

/** What became of one file of a batch. */
public enum BatchItemStatus {
    /** Waiting to be read. */
    PENDING,
    /** A new person was created with this resume. */
    CREATED,
    /** Read, but a recruiter must decide: a possible duplicate, or no name found. */
    REVIEW,
    /** Not a readable resume; the reason says why. */
    REJECTED
}
