package io.rekindle.people;

import io.rekindle.support.EmbeddedPostgres;
import org.springframework.test.context.ContextConfiguration;

@ContextConfiguration(initializers = EmbeddedPostgres.class)
class ResumeRepositoryOnPostgresTests extends ResumeRepositoryTests {}
