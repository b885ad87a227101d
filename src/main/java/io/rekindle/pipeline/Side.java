package io.rekindle.pipeline;

/** Who said no. */
public enum Side {
    CANDIDATE_DECLINED,
    WE_PASSED,
    CLIENT_REJECTED,
    NO_RESPONSE
}
