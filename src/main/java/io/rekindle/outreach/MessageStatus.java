package io.rekindle.outreach;

/**
 * Where a message is in the outbox. {@code SENDING} is claimed and being handed to the SMTP server; a message left
 * there (the app was killed mid-send) becomes {@code UNKNOWN} and is never resent without an operator.
 */
public enum MessageStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED,
    REFUSED,
    UNKNOWN,
    BOUNCED,
    CANCELLED;

    public boolean finished() {
        return this != QUEUED && this != SENDING;
    }
}
