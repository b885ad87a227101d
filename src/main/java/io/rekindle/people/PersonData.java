package io.rekindle.people;

import io.rekindle.platform.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Everything a user can set on a person, for creating and editing. {@code createdAt} may lie in the past for people
 * arriving from other systems; null means now.
 */
public record PersonData(
        String fullName,
        List<String> emails,
        List<String> phones,
        String currentTitle,
        String currentEmployer,
        Location location,
        List<String> skills,
        List<String> tags,
        String source,
        UserId owner,
        boolean doNotContact,
        String doNotContactReason,
        Instant createdAt) {

    public PersonData {
        emails = emails == null ? List.of() : emails;
        phones = phones == null ? List.of() : phones;
        skills = skills == null ? List.of() : skills;
        tags = tags == null ? List.of() : tags;
        location = location == null ? Location.UNKNOWN : location;
    }
}
