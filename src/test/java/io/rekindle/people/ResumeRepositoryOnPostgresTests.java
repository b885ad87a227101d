package io.rekindle.people;

import io.rekindle.support.EmbeddedPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@DirtiesContext
class ResumeRepositoryOnPostgresTests extends ResumeRepositoryTests {}
