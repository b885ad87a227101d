package io.rekindle.followups;

/** Why a follow-up exists: a user planned it, or a revisit date arrived. */
public enum FollowUpOrigin {
    MANUAL,
    REVISIT
}
