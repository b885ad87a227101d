package io.rekindle.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

record Opening(
        long id,
        Company company,
        Samples.Title title,
        Samples.City city,
        boolean remote,
        String seniority,
        long payMin,
        long payMax,
        String currency,
        String cultureNotes,
        String status,
        LocalDate openedOn,
        LocalDate closedOn,
        long ownerId) {

    static final String OPEN = "OPEN";
    static final String ON_HOLD = "ON_HOLD";
    static final String FILLED = "FILLED";
    static final String CLOSED = "CLOSED";

    Opening withClosedOn(LocalDate value) {
        return new Opening(
                id,
                company,
                title,
                city,
                remote,
                seniority,
                payMin,
                payMax,
                currency,
                cultureNotes,
                status,
                openedOn,
                value,
                ownerId);
    }

    Instant opensAt() {
        return openedOn.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    Instant closesAt() {
        return closedOn == null ? null : closedOn.atTime(17, 0).toInstant(ZoneOffset.UTC);
    }

    /** When candidacies on it stop moving: its closing day, or now while it is open. */
    Instant endsAt(Instant now) {
        Instant closes = closedOn == null ? now : closesAt();
        return closes.isAfter(now) ? now : closes;
    }

    boolean closed() {
        return FILLED.equals(status) || CLOSED.equals(status);
    }

    String description() {
        String article = "AEIOU".indexOf(title.name().charAt(0)) >= 0 ? " an " : " a ";
        return company.name() + " is hiring" + article + title.name() + " in " + city.name()
                + (remote ? " (remote-friendly)" : "") + ". You will " + Phrases.duties(title.family())
                + ". What we look for: "
                + String.join(
                        ", ",
                        title.skills().subList(0, Math.min(5, title.skills().size())))
                + ". Pay " + payMin / 1000 + "k to " + payMax / 1000 + "k " + currency + ", plus benefits.";
    }
}
