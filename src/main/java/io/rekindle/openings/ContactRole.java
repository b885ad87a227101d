package io.rekindle.openings;

/** What a person does for a company, as a contact of the agency. */
public enum ContactRole {
    HIRING_MANAGER,
    HR,
    RECRUITER,
    EXECUTIVE,
    OTHER
}
