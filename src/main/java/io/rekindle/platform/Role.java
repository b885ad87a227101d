package io.rekindle.platform;

public enum Role {
    ADMIN,
    RECRUITER
}
