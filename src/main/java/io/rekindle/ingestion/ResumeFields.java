package io.rekindle.ingestion;

import java.util.List;

/**
 * What was found in a resume's text, for a recruiter to review before it is saved. Any field may be missing (null or
 * empty).
 */
public record ResumeFields(
        String fullName,
        List<String> emails,
        List<String> phones,
        FoundLocation location,
        String currentTitle,
        String currentEmployer,
        List<Position> positions,
        List<String> skills,
        Integer yearsOfExperience,
        List<String> education) {

    public ResumeFields {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        positions = positions == null ? List.of() : List.copyOf(positions);
        skills = skills == null ? List.of() : List.copyOf(skills);
        education = education == null ? List.of() : List.copyOf(education);
    }

    /** A place found in the gazetteer: city, readable region, ISO country and coordinates. */
    public record FoundLocation(
            String text, String city, String region, String country, double latitude, double longitude) {}

    /**
     * A job held: title and employer as written, start and end as {@code yyyy-MM} or {@code yyyy}; a null end means
     * the position is current.
     */
    public record Position(String title, String employer, String from, String to) {

        public boolean current() {
            return to == null;
        }
    }
}
