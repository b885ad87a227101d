package io.rekindle.platform;

import java.time.ZoneId;

public record UserSummary(
        UserId id, String username, String displayName, String email, Role role, ZoneId timeZone, boolean enabled) {}
