package io.rekindle.outreach;

/** An email left for its recipient: the SMTP server accepted it. */
public record EmailSent(MessageView message) {}
