package io.rekindle.followups;

public enum FollowUpStatus {
    OPEN,
    DONE,
    CANCELLED
}
