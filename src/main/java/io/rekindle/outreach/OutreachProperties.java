package io.rekindle.outreach;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outreach settings under {@code rekindle.outreach.*} (SMTP itself is {@code spring.mail.*}).
 *
 * @param baseUrl where recipients reach Rekindle, for unsubscribe links
 * @param replyAddress mailbox replies go to; a plus-address per message is derived from it ({@code replies+r42@...})
 * @param defaultFrom From address for users who set none (and for the digest)
 * @param dailyCap emails a user may send per day (their own time zone)
 * @param windowStart first hour of the sending window, in the recipient's time zone
 * @param windowEnd end of the sending window
 * @param windowDays days emails go out on
 * @param maxAttempts attempts before a message is marked failed
 * @param firstRetry back-off after the first failure; it doubles up to {@code maxRetry}
 * @param maxRetry longest back-off
 * @param sendTimeout a message still "sending" after this long is marked "unknown" for an operator
 * @param batch messages sent per run of the outbox job
 * @param unsubscribeSecret key unsubscribe links are signed with; blank: one is made and kept in the database
 * @param digestHour hour (each user's time zone) the daily digest goes out
 * @param imap the mailbox read for replies and bounces
 */
@ConfigurationProperties("rekindle.outreach")
public record OutreachProperties(
        String baseUrl,
        String replyAddress,
        String defaultFrom,
        Integer dailyCap,
        LocalTime windowStart,
        LocalTime windowEnd,
        Set<DayOfWeek> windowDays,
        Integer maxAttempts,
        Duration firstRetry,
        Duration maxRetry,
        Duration sendTimeout,
        Integer batch,
        String unsubscribeSecret,
        Integer digestHour,
        Imap imap) {

    public OutreachProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        replyAddress = replyAddress == null || replyAddress.isBlank() ? null : replyAddress.strip();
        defaultFrom = defaultFrom == null || defaultFrom.isBlank() ? "rekindle@localhost" : defaultFrom.strip();
        dailyCap = dailyCap == null ? 200 : dailyCap;
        windowStart = windowStart == null ? LocalTime.of(8, 0) : windowStart;
        windowEnd = windowEnd == null ? LocalTime.of(18, 0) : windowEnd;
        windowDays = windowDays == null || windowDays.isEmpty()
                ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                : EnumSet.copyOf(windowDays);
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        maxRetry = maxRetry == null ? Duration.ofHours(1) : maxRetry;
        sendTimeout = sendTimeout == null ? Duration.ofMinutes(5) : sendTimeout;
        batch = batch == null ? 200 : batch;
        digestHour = digestHour == null ? 7 : digestHour;
        imap = imap == null ? new Imap(null, null, null, null, null, null) : imap;
    }

    /**
     * The mailbox read for replies; polling is off while {@code host} is blank.
     *
     * @param protocol {@code imap} or {@code imaps}
     */
    public record Imap(String host, Integer port, String protocol, String username, String password, String folder) {

        public Imap {
            protocol = protocol == null || protocol.isBlank() ? "imap" : protocol;
            folder = folder == null || folder.isBlank() ? "INBOX" : folder;
        }

        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }
}
