package io.rekindle.people;

import java.time.LocalDate;

/** Whether a person may be contacted; do-not-contact keeps its reason and the date it was set. */
public record Consent(boolean doNotContact, String reason, LocalDate since) {

    public static final Consent GRANTED = new Consent(false, null, null);
}
