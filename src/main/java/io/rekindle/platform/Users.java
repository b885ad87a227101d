package io.rekindle.platform;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of Rekindle: who they are, adding recruiters, passwords. */
@Service
@Transactional(readOnly = true)
public class Users implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final UserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Users(UserRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public List<UserSummary> all() {
        return repository.findAllByOrderByDisplayNameAsc().stream()
                .map(User::summary)
                .toList();
    }

    public Optional<UserSummary> find(UserId id) {
        return id == null ? Optional.empty() : repository.findById(id.value()).map(User::summary);
    }

    public boolean exists(UserId id) {
        return id != null && repository.existsById(id.value());
    }

    public Map<UserId, String> displayNames(Collection<UserId> ids) {
        return repository.findAllById(ids.stream().map(UserId::value).toList()).stream()
                .map(User::summary)
                .collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
    }

    public Map<UserId, UserSummary> byId() {
        return all().stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /** Adds a user who must choose a new password at the first sign-in. */
    @Transactional
    public UserSummary create(NewUser command, String temporaryPassword) {
        if (repository.existsByUsername(command.username())) {
            throw InvalidInputException.of("username", "is already taken");
        }
        checkPassword("password", temporaryPassword);
        var user = new User(
                command.username(),
                command.displayName(),
                command.email(),
                command.role(),
                command.timeZone(),
                passwordEncoder.encode(temporaryPassword),
                clock.instant());
        return repository.save(user).summary();
    }

    @Transactional
    public void update(UserId id, String displayName, String email, Role role, ZoneId zone, boolean enabled) {
        load(id).update(displayName, email, role, zone, enabled);
    }

    @Transactional
    public void resetPassword(UserId id, String temporaryPassword) {
        checkPassword("password", temporaryPassword);
        load(id).resetPassword(passwordEncoder.encode(temporaryPassword));
    }

    @Transactional
    public void changePassword(UserId id, String currentPassword, String newPassword) {
        User user = load(id);
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "does not match your current password");
        }
        checkPassword("newPassword", newPassword);
        if (passwordEncoder.matches(newPassword, user.passwordHash())) {
            throw InvalidInputException.of("newPassword", "must differ from the current password");
        }
        user.changePassword(passwordEncoder.encode(newPassword));
    }

    public boolean mustChangePassword(UserId id) {
        return load(id).mustChangePassword();
    }

    long count() {
        return repository.count();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return repository
                .findByUsername(username)
                .map(u -> new AuthenticatedUser(u.summary(), u.passwordHash(), u.mustChangePassword()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    AuthenticatedUser principal(long userId) {
        User u = repository.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        return new AuthenticatedUser(u.summary(), null, false);
    }

    private User load(UserId id) {
        return repository.findById(id.value()).orElseThrow(() -> new NotFoundException("User", id));
    }

    private static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInputException.of(field, "must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    public record NewUser(String username, String displayName, String email, Role role, ZoneId timeZone) {}
}
