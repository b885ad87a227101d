package io.rekindle.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sends a user who signed in with a one-time password to the page where they choose their own. */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private final Users users;

    PasswordChangeFilter(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof AuthenticatedUser user
                && user.mustChangePassword()
                && !allowed(request.getRequestURI()
                        .substring(request.getContextPath().length()))
                && stillMustChange(user)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillMustChange(AuthenticatedUser user) {
        if (users.mustChangePassword(user.user().id())) {
            return true;
        }
        user.passwordChanged();
        return false;
    }

    private static boolean allowed(String path) {
        return path.equals(PASSWORD_PAGE)
                || path.equals("/logout")
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/error");
    }
}
