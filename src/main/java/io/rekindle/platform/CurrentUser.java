package io.rekindle.platform;

import java.time.ZoneId;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user behind the current request, for recording who did what. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<UserSummary> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AuthenticatedUser user) {
            return Optional.of(user.user());
        }
        return Optional.empty();
    }

    public static UserId id() {
        return get().map(UserSummary::id).orElse(null);
    }

    /** Refuses the request unless an admin makes it. */
    public static void requireAdmin(String what) {
        if (get().map(u -> u.role() != Role.ADMIN).orElse(true)) {
            throw new org.springframework.security.access.AccessDeniedException("Only an admin may " + what);
        }
    }

    public static ZoneId zone() {
        return get().map(UserSummary::timeZone).orElse(ZoneId.systemDefault());
    }
}
