package io.rekindle.ingestion.web;

import io.rekindle.ingestion.ResumeFields;
import io.rekindle.people.Location;
import io.rekindle.people.PersonData;
import io.rekindle.platform.UserId;
import java.util.Arrays;
import java.util.List;

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
                lines(emails),
                lines(phones),
                currentTitle,
                currentEmployer,
                new Location(city, region, country),
                commas(skills),
                commas(tags),
                source,
                UserId.of(ownerId),
                false,
                null,
                null);
    }

    private static List<String> lines(String s) {
        return s == null
                ? List.of()
                : Arrays.stream(s.split("[\\r\\n;]+")).filter(x -> !x.isBlank()).toList();
    }

    private static List<String> commas(String s) {
        return s == null
                ? List.of()
                : Arrays.stream(s.split(",")).filter(x -> !x.isBlank()).toList();
    }
}
