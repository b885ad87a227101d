package io.rekindle.outreach;

import java.util.List;

/** Emails left for their recipients: the SMTP server accepted them (one event for each batch sent). */
public record EmailsSent(List<MessageView> messages) {}
