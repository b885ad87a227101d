package io.rekindle.followups;

/** Why a cadence ended. */
public enum StopReason {
    FINISHED,
    REPLIED,
    INBOUND,
    PLACED,
    SAID_NO,
    DO_NOT_CONTACT,
    BY_USER
}
