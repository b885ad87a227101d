package io.rekindle.followups;

/** Why a follow-up exists: a user planned it, a revisit date arrived, or a cadence step fell due. */
public enum FollowUpOrigin {
    MANUAL,
    REVISIT,
    CADENCE
}
