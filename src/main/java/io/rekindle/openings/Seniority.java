package io.rekindle.openings;

public enum Seniority {
    INTERN,
    JUNIOR,
    MID,
    SENIOR,
    LEAD,
    MANAGER,
    DIRECTOR,
    EXECUTIVE
}
