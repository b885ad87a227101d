package io.rekindle.outreach;

import io.rekindle.people.People;
import io.rekindle.people.PersonId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed unsubscribe links: the token names the person and carries an HMAC-SHA256 of it, so nobody can unsubscribe
 * someone else by guessing. Using one sets do-not-contact, which stops every cadence.
 */
@Service
public class Unsubscribes {

    static final String REASON = "Unsubscribed by email link";

    private final JdbcClient jdbc;
    private final People people;
    private final OutreachProperties properties;
    private final TransactionTemplate newTransaction;
    private volatile byte[] key;

    Unsubscribes(
            JdbcClient jdbc, People people, OutreachProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.people = people;
        this.properties = properties;
    }

    public String linkFor(PersonId person) {
        return properties.baseUrl() + "/unsubscribe/" + tokenFor(person);
    }

    String tokenFor(PersonId person) {
        String payload = "p" + person.value();
        return payload + "." + sign(payload);
    }

    /** The person a token names, when its signature holds. */
    public Optional<PersonId> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 2 || token.charAt(0) != 'p') {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PersonId(Long.parseLong(payload.substring(1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Sets do-not-contact for the person the token names; true when the token was valid. Idempotent. */
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<PersonId> person = verify(token).filter(people::exists);
        person.ifPresent(p -> people.optOut(p, REASON));
        return person.isPresent();
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] sig = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            String secret = properties.unsubscribeSecret();
            k = (secret == null || secret.isBlank() ? storedSecret() : secret).getBytes(StandardCharsets.UTF_8);
            key = k;
        }
        return k;
    }

    /** Read or made in a transaction of its own, so a read-only caller does not matter. */
    private String storedSecret() {
        return newTransaction.execute(status -> jdbc.sql("select secret from outreach_secret where id = 1")
                .query(String.class)
                .optional()
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                    try {
                        jdbc.sql("insert into outreach_secret (id, secret) values (1, ?)")
                                .param(secret)
                                .update();
                        return secret;
                    } catch (org.springframework.dao.DuplicateKeyException raced) {
                        return jdbc.sql("select secret from outreach_secret where id = 1")
                                .query(String.class)
                                .single();
                    }
                }));
    }
}
