package io.rekindle.people.web;

import io.rekindle.people.Location;
import io.rekindle.people.PersonData;
import io.rekindle.people.PersonDetails;
import io.rekindle.platform.Text;
import io.rekindle.platform.UserId;

/** The person form: lists are typed one per line (e-mails, phones) or comma-separated (skills, tags). */
record PersonForm(
        String fullName,
        String emails,
        String phones,
        String currentTitle,
        String currentEmployer,
        String city,
        String region,
        String country,
        String skills,
        String tags,
        String source,
        Long ownerId,
        Boolean doNotContact,
        String doNotContactReason,
        Long version,
        Boolean allowDuplicate,
        Long mergeInto) {

    static PersonForm empty(UserId owner) {
        return new PersonForm(
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                owner == null ? null : owner.value(),
                false,
                "",
                null,
                null,
                null);
    }

    static PersonForm of(PersonDetails p) {
        return new PersonForm(
                p.fullName(),
                String.join("\n", p.emails()),
                String.join("\n", p.phones().stream().map(ph -> ph.display()).toList()),
                p.currentTitle(),
                p.currentEmployer(),
                p.location().city(),
                p.location().region(),
                p.location().country(),
                String.join(", ", p.skills()),
                String.join(", ", p.tags()),
                p.source(),
                p.owner() == null ? null : p.owner().value(),
                p.consent().doNotContact(),
                p.consent().reason(),
                p.version(),
                null,
                null);
    }

    PersonData toData() {
        return new PersonData(
                fullName,
                Text.lines(emails),
                Text.lines(phones),
                currentTitle,
                currentEmployer,
                new Location(city, region, country),
                Text.commaSeparated(skills),
                Text.commaSeparated(tags),
                source,
                UserId.of(ownerId),
                Boolean.TRUE.equals(doNotContact),
                doNotContactReason,
                null);
    }
}
