package io.rekindle.outreach;

import io.rekindle.support.EmbeddedPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The outbox tests on PostgreSQL: the migrations, the claim and the crash recovery on the production database. */
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@DirtiesContext
class OutboxOnPostgresTests extends OutboxTests {}
