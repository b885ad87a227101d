package io.rekindle.people;

import io.rekindle.support.EmbeddedPostgres;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = EmbeddedPostgres.class)
@DirtiesContext
class ResumeRepositoryOnPostgresTests extends ResumeRepositoryTests {}
