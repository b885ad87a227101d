package io.rekindle.openings;

/** What a company is to the agency: a client it recruits for, a prospect, or an employer people work at. */
public enum Relationship {
    CLIENT,
    PROSPECT,
    EMPLOYER
}
