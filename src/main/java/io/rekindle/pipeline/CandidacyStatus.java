package io.rekindle.pipeline;

public enum CandidacyStatus {
    ACTIVE,
    PLACED,
    ENDED
}
