package io.rekindle.followups;

public enum Channel {
    CALL,
    EMAIL,
    MESSAGE,
    MEETING,
    NOTE
}
