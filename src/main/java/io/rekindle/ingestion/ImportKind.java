package io.rekindle.ingestion;

/** What the rows of an imported file become. */
public enum ImportKind {
    PEOPLE,
    COMPANIES,
    TOUCHES
}
