package io.rekindle.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens a user creates and revokes on the settings page. Only a SHA-256 hash is stored; the token itself is
 * shown once.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens implements OpaqueTokenIntrospector {

    private static final String PREFIX = "rk_";
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(5);

    private final ApiTokenRepository repository;
    private final Users users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository repository, Users users, Clock clock) {
        this.repository = repository;
        this.users = users;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(UserId user, String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "must not be blank");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var saved = repository.save(
                new ApiToken(user.value(), name.strip(), hash(token), token.substring(0, 10), clock.instant()));
        return new IssuedToken(saved.summary(), token);
    }

    public List<TokenSummary> of(UserId user) {
        return repository.findByUserIdOrderByCreatedAtDesc(user.value()).stream()
                .map(ApiToken::summary)
                .toList();
    }

    @Transactional
    public void revoke(UserId user, long tokenId) {
        ApiToken token = repository
                .findById(tokenId)
                .filter(t -> t.userId() == user.value())
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        token.revoke(clock.instant());
    }

    @Override
    @Transactional
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        ApiToken found = repository
                .findByTokenHash(hash(token))
                .filter(ApiToken::active)
                .orElseThrow(() -> new BadOpaqueTokenException("Unknown or revoked API token"));
        Instant now = clock.instant();
        TokenSummary summary = found.summary();
        if (summary.lastUsedAt() == null
                || summary.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
            found.used(now);
        }
        AuthenticatedUser principal = users.principal(found.userId());
        if (!principal.isEnabled()) {
            throw new BadOpaqueTokenException("The user of this API token is disabled");
        }
        return principal;
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record TokenSummary(
            Long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    public record IssuedToken(TokenSummary summary, String token) {}
}
