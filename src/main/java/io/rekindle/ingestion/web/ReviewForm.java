package io.rekindle.ingestion.web;

import io.rekindle.ingestion.ResumeFields;
import io.rekindle.people.Location;
import io.rekindle.people.PersonData;
import io.rekindle.platform.Text;
import io.rekindle.platform.UserId;

/** The review of a resume's fields before a new person is saved; the file waits under {@code token}. */
record ReviewForm(
        String token,
        String fileName,
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
        Long ownerId) {

    static ReviewForm of(String token, String fileName, ResumeFields f, UserId owner) {
        var loc = f.location();
        return new ReviewForm(
                token,
                fileName,
                f.fullName(),
                String.join("\n", f.emails()),
                String.join("\n", f.phones()),
                f.currentTitle(),
                f.currentEmployer(),
                loc == null ? "" : loc.city(),
                loc == null ? "" : loc.region(),
                loc == null ? "" : loc.country(),
                String.join(", ", f.skills()),
                "",
                "resume",
                owner == null ? null : owner.value());
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
                false,
                null,
                null);
    }
}
