package io.rekindle.outreach;

/**
 * An email left for its recipient, as published before sends were recorded in batches ({@link EmailsSent}): kept so
 * publications still outstanding from an older version are logged as touches when they are republished.
 */
public record EmailSent(MessageView message) {}
