package io.rekindle.outreach;

import io.rekindle.people.PersonId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Addresses that bounced; nothing more goes to them. Kept lower-cased. */
@Component
class BadAddresses {

    private final JdbcClient jdbc;

    BadAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> why(String address) {
        return jdbc.sql("select reason from outreach_bad_address where address = ?")
                .param(address.strip().toLowerCase())
                .query(String.class)
                .optional();
    }

    boolean isBad(String address) {
        return jdbc.sql("select count(*) from outreach_bad_address where address = ?")
                        .param(address.strip().toLowerCase())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** True when the address was not already marked. */
    boolean mark(String address, PersonId person, String reason, Instant at) {
        if (isBad(address)) {
            return false;
        }
        jdbc.sql("insert into outreach_bad_address (address, person_id, reason, marked_at) values (?, ?, ?, ?)")
                .params(
                        address.strip().toLowerCase(),
                        person == null ? null : person.value(),
                        reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000)),
                        at.atOffset(ZoneOffset.UTC))
                .update();
        return true;
    }
}
