package io.rekindle.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/** The signed-in user, by form login or by API token. */
final class AuthenticatedUser implements UserDetails, OAuth2AuthenticatedPrincipal, CredentialsContainer {

    private final UserSummary user;
    private volatile boolean mustChangePassword;
    private String passwordHash;

    AuthenticatedUser(UserSummary user, String passwordHash, boolean mustChangePassword) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
    }

    UserSummary user() {
        return user;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    void passwordChanged() {
        mustChangePassword = false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public Map<String, Object> getAttributes() {
        return Map.of("username", user.username());
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return user.enabled();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
