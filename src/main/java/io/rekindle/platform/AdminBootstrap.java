package io.rekindle.platform;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the very first start, creates the admin account and prints how to sign in. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Users users;
    private final PlatformProperties properties;

    AdminBootstrap(Users users, PlatformProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean given = properties.adminPassword() != null
                && !properties.adminPassword().isBlank();
        String password = given ? properties.adminPassword() : randomPassword();
        users.create(
                new Users.NewUser(ADMIN, "Administrator", null, Role.ADMIN, properties.defaultTimeZone()), password);
        if (!given) {
            log.warn(
                    """

                    ============================================================
                     Rekindle is ready. Sign in at /login
                       username: {}
                       one-time password: {}
                     You will choose your own password right after.
                     This password is printed once and never stored in clear.
                    ============================================================""",
                    ADMIN,
                    password);
        } else {
            log.info("Created the admin account '{}' with the configured rekindle.admin-password", ADMIN);
        }
    }

    private static String randomPassword() {
        var random = new SecureRandom();
        var sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
