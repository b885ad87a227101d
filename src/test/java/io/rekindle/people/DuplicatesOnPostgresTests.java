package io.rekindle.people;

import io.rekindle.support.EmbeddedPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Matching, merge, undo and the scan on a real PostgreSQL, migrated by the same Flyway scripts. */
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@DirtiesContext
class DuplicatesOnPostgresTests extends DuplicatesTests {}
