package io.rekindle.followups;

public enum Direction {
    OUTBOUND,
    INBOUND
}
