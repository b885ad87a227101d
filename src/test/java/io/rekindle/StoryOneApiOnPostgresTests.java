package io.rekindle;

import io.rekindle.support.EmbeddedPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Story 1 through the API on a real PostgreSQL, migrated by the same Flyway scripts. */
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@DirtiesContext
class StoryOneApiOnPostgresTests extends StoryOneApiTests {}
