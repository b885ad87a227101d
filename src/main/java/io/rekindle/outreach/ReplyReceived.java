package io.rekindle.outreach;

import io.rekindle.people.PersonId;

/** A person answered an email (read from the mailbox or logged by hand); {@code automatic} for out-of-office replies. */
public record ReplyReceived(PersonId person, Long message, boolean automatic) {}
