package io.rekindle.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps PostgreSQL's planner statistics in step with tables that grow in bulk. Autovacuum analyzes a table only after
 * a tenth of it changed and up to a minute later, so while an import takes the person table from 2,000 to 100,000
 * rows the planner goes on choosing whole-table scans it chose for 2,000 (duplicate checks took three times as long
 * as on H2). A module that adds rows in bulk says so here, and its tables are analyzed again, after the transaction,
 * whenever they have about doubled since the last time. On H2, which keeps its own statistics, this does nothing.
 */
@Component
public class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);
    static final long AT_LEAST = 1_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final Map<String, Growth> growth = new HashMap<>();
    private Boolean postgres;

    /** Rows a table had at its last analysis (-1 before the first look) and rows added since. */
    private static final class Growth {
        long known = -1;
        long added;
    }

    PlannerStatistics(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Counts rows added in bulk to the given tables (the first one is counted); once it has about doubled, the tables
     * are analyzed after this transaction commits.
     */
    public void grew(List<String> tables, long rows) {
        if (rows == 0 || !postgres()) {
            return;
        }
        if (due(tables.get(0), rows)) {
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        analyze(tables);
                    }
                });
            } else {
                analyze(tables);
            }
        }
    }

    private synchronized boolean due(String table, long rows) {
        Growth g = growth.computeIfAbsent(table, t -> new Growth());
        if (g.known < 0) {
            g.known = Math.max(
                    0,
                    jdbc.sql("select reltuples::bigint from pg_class where relname = ?")
                            .param(table)
                            .query(Long.class)
                            .optional()
                            .orElse(0L));
        }
        g.added += rows;
        if (g.added < Math.max(AT_LEAST, g.known)) {
            return false;
        }
        g.known += g.added;
        g.added = 0;
        return true;
    }

    private void analyze(List<String> tables) {
        try {
            separately.executeWithoutResult(
                    s -> jdbc.sql("analyze " + String.join(", ", tables)).update());
        } catch (DataAccessException e) {
            log.warn("Could not refresh the planner statistics of {}: {}", tables, e.getMessage());
        }
    }

    private synchronized boolean postgres() {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                postgres = false;
            }
        }
        return postgres;
    }
}
