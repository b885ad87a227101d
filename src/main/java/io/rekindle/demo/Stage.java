package io.rekindle.demo;

enum Stage {
    SOURCED,
    CONTACTED,
    INTERESTED,
    SUBMITTED,
    INTERVIEWING,
    OFFERED,
    PLACED;

    boolean atLeast(Stage other) {
        return compareTo(other) >= 0;
    }
}
