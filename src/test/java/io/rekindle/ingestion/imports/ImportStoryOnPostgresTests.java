package io.rekindle.ingestion.imports;

import io.rekindle.support.EmbeddedPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The same import stories on a real PostgreSQL (migrations, batched updates, identity keys). */
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@DirtiesContext
class ImportStoryOnPostgresTests extends ImportStoryTests {}
