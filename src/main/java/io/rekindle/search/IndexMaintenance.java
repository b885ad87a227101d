package io.rekindle.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How bulk work treats the embedded Lucene index: its transactions let Lucene commit at most once a second instead of
 * waiting for a commit each, the work commits once when it is done, and a large build ends with a merge. With the
 * outbox-polling coordination (several servers, OpenSearch) indexing is asynchronous anyway and all of this is left out.
 */
@Component
class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final EntityManager entityManager;
    private final boolean coordinated;

    IndexMaintenance(
            EntityManager entityManager,
            @Value("${spring.jpa.properties.hibernate.search.coordination.strategy:none}") String coordination) {
        this.entityManager = entityManager;
        this.coordinated = !"none".equals(coordination);
    }

    /** Lets the current transaction's index changes be committed with others; call {@link #commit} when done. */
    void commitLater() {
        if (!coordinated) {
            Search.session(entityManager)
                    .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        }
    }

    /** Commits every index change made so far. */
    void commit() {
        if (!coordinated) {
            workspace().flush();
        }
    }

    /** Merges the index into as few segments as it can: searches then read fewer, larger ones. */
    void merge() {
        if (!coordinated) {
            long started = System.nanoTime();
            workspace().mergeSegments();
            log.info("Search index merged in {} s", (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    private org.hibernate.search.mapper.orm.work.SearchWorkspace workspace() {
        return Search.mapping(entityManager.getEntityManagerFactory())
                .scope(SearchProfile.class)
                .workspace();
    }
}
