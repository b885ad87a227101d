package io.rekindle.search;

import io.rekindle.support.EmbeddedPostgres;
import io.rekindle.support.OpenSearchNode;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Stories 1 and 2 of rediscovery on the opensearch profile: a real OpenSearch node (child JVM), outbox-polling
 * coordination and PostgreSQL. Skip with {@code -DexcludedGroups=opensearch}.
 */
@Tag("opensearch")
@ActiveProfiles("opensearch")
@ContextConfiguration(initializers = {EmbeddedPostgres.class, OpenSearchNode.class})
class RediscoveryStoryOnOpenSearchTests extends RediscoveryStoryTests {}
