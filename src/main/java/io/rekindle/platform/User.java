package io.rekindle.platform;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;

@Entity
@Table(name = "app_user")
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    private String username;
    private String displayName;
    private String email;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String timeZone;
    private boolean mustChangePassword;
    private boolean enabled;
    private Instant createdAt;

    @Version
    private long version;

    protected User() {}

    User(String username, String displayName, String email, Role role, ZoneId zone, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.timeZone = zone.getId();
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
        this.enabled = true;
        this.createdAt = now;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    void resetPassword(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
    }

    void update(String displayName, String email, Role role, ZoneId zone, boolean enabled) {
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.timeZone = zone.getId();
        this.enabled = enabled;
    }

    UserSummary summary() {
        return new UserSummary(new UserId(id), username, displayName, email, role, ZoneId.of(timeZone), enabled);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    boolean enabled() {
        return enabled;
    }

    Role role() {
        return role;
    }
}
