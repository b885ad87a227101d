package io.rekindle.outreach;

import io.rekindle.support.TestClockConfiguration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One application context for the outreach tests, sending to and reading from GreenMail. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
abstract class OutreachTestSupport {

    /** Monday 09:00 in Chicago, where the test people live. */
    static final Instant MONDAY_MORNING_IN_CHICAGO = Instant.parse("2026-11-23T15:00:00Z");

    @Autowired
    Outbox outboxToClear;

    /** Each test starts with an empty outbox queue and an empty mail server. */
    @BeforeEach
    void nothingQueued() {
        MailServer.purge();
        outboxToClear.page(MessageStatus.QUEUED, 0, 10_000).forEach(m -> outboxToClear.cancel(m.id()));
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MailServer.register(registry);
    }
}
