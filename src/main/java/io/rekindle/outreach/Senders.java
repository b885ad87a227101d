package io.rekindle.outreach;

import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.UserId;
import io.rekindle.platform.UserSummary;
import io.rekindle.platform.Users;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's From address, name and signature; a user who set none sends from their own email and name. */
@Service
@Transactional(readOnly = true)
public class Senders {

    private final JdbcClient jdbc;
    private final Users users;
    private final OutreachProperties properties;

    Senders(JdbcClient jdbc, Users users, OutreachProperties properties) {
        this.jdbc = jdbc;
        this.users = users;
        this.properties = properties;
    }

    public SenderProfile of(UserId user) {
        UserSummary summary = user == null ? null : users.find(user).orElse(null);
        String defaultAddress =
                summary != null && summary.email() != null && !summary.email().isBlank()
                        ? summary.email()
                        : properties.defaultFrom();
        String defaultName = summary == null ? "Rekindle" : summary.displayName();
        if (user == null) {
            return new SenderProfile(null, defaultAddress, defaultName, defaultName);
        }
        return jdbc.sql("select from_address, from_name, signature from outreach_sender where user_id = ?")
                .param(user.value())
                .query((rs, n) -> new SenderProfile(
                        user,
                        blankTo(rs.getString(1), defaultAddress),
                        blankTo(rs.getString(2), defaultName),
                        blankTo(rs.getString(3), defaultName)))
                .optional()
                .orElse(new SenderProfile(user, defaultAddress, defaultName, defaultName));
    }

    @Transactional
    public void change(UserId user, String fromAddress, String fromName, String signature) {
        if (fromAddress != null && !fromAddress.isBlank()) {
            try {
                new InternetAddress(fromAddress.strip(), true);
            } catch (AddressException e) {
                throw InvalidInputException.of("fromAddress", "is not an email address");
            }
        }
        if (signature != null && signature.length() > 4000) {
            throw InvalidInputException.of("signature", "must have at most 4000 characters");
        }
        int updated = jdbc.sql(
                        "update outreach_sender set from_address = ?, from_name = ?, signature = ? where user_id = ?")
                .params(strip(fromAddress), strip(fromName), strip(signature), user.value())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into outreach_sender (user_id, from_address, from_name, signature) values (?, ?, ?, ?)")
                    .params(user.value(), strip(fromAddress), strip(fromName), strip(signature))
                    .update();
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String blankTo(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
