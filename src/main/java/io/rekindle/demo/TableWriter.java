package io.rekindle.demo;

import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Rows buffered per table and written on {@link #commit()}, parents before children: JDBC batches, or COPY on
 * PostgreSQL. A commit is written by a background thread while the caller builds the next batch; at most one
 * batch waits. The PostgreSQL driver is a runtime dependency only, so its COPY API is reached by reflection.
 */
final class TableWriter implements AutoCloseable {

    private static final int JDBC_BATCH = 10_000;

    private final Connection connection;
    private final boolean postgres;
    private final Map<Table, Sink> sinks = new EnumMap<>(Table.class);
    private final long[] counts = new long[Table.values().length];
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "demo-data-writer");
        thread.setDaemon(true);
        return thread;
    });
    private Map<Table, Batch> batches = new EnumMap<>(Table.class);
    private Future<?> pending;

    private TableWriter(Connection connection, boolean postgres) {
        this.connection = connection;
        this.postgres = postgres;
    }

    static TableWriter open(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return new TableWriter(
                    connection, "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The connection, once everything committed so far is written. */
    Connection connection() {
        await();
        return connection;
    }

    boolean postgres() {
        return postgres;
    }

    void add(Table table, Object... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(
                    table + " takes " + table.columns().size() + " values");
        }
        batches.computeIfAbsent(table, t -> postgres ? new CopyBatch() : new RowBatch())
                .add(values);
        counts[table.ordinal()]++;
    }

    /** Hands the rows added so far to the background thread, which writes and commits them. */
    void commit() {
        await();
        Map<Table, Batch> full = batches;
        batches = new EnumMap<>(Table.class);
        pending = background.submit(() -> {
            for (Map.Entry<Table, Batch> entry : full.entrySet()) {
                sink(entry.getKey()).write(entry.getValue());
            }
            connection.commit();
            return null;
        });
    }

    long count(Table table) {
        return counts[table.ordinal()];
    }

    long rows() {
        long rows = 0;
        for (long count : counts) {
            rows += count;
        }
        return rows;
    }

    @Override
    public void close() {
        try (connection) {
            try {
                await();
            } finally {
                background.shutdownNow();
                for (Sink sink : sinks.values()) {
                    sink.close();
                }
                connection.rollback();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    static IllegalStateException failed(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        return new IllegalStateException("Loading demo data failed: " + cause.getMessage(), cause);
    }

    private void await() {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing demo data", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql
                    ? failed(sql)
                    : new IllegalStateException("Writing demo data failed", e.getCause());
        } finally {
            pending = null;
        }
    }

    private Sink sink(Table table) throws SQLException {
        Sink sink = sinks.get(table);
        if (sink == null) {
            sink = postgres ? new CopySink(connection, table) : new BatchSink(connection, table);
            sinks.put(table, sink);
        }
        return sink;
    }

    private interface Batch {
        void add(Object[] values);
    }

    private static final class RowBatch implements Batch {
        private final List<Object[]> rows = new ArrayList<>();

        @Override
        public void add(Object[] values) {
            rows.add(values);
        }
    }

    /** Rows in COPY's text format, made on the caller's thread. */
    private static final class CopyBatch implements Batch {
        private final StringBuilder text = new StringBuilder(1 << 16);

        @Override
        public void add(Object[] values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                append(values[i]);
            }
            text.append('\n');
        }

        private void append(Object value) {
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof Boolean b) {
                text.append(b ? 't' : 'f');
            } else if (value instanceof Number || value instanceof OffsetDateTime || value instanceof LocalDate) {
                text.append(value);
            } else if (value instanceof List<?> list) {
                appendEscaped(arrayLiteral(list));
            } else {
                appendEscaped(value.toString());
            }
        }

        /** An array in PostgreSQL's text form: each element quoted, its quotes and backslashes escaped. */
        private static String arrayLiteral(List<?> elements) {
            var literal = new StringBuilder("{");
            for (Object element : elements) {
                if (literal.length() > 1) {
                    literal.append(',');
                }
                literal.append('"')
                        .append(element.toString().replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
            return literal.append('}').toString();
        }

        private void appendEscaped(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }

    private interface Sink {
        void write(Batch batch) throws SQLException;

        void close() throws SQLException;
    }

    private static final class BatchSink implements Sink {
        private final Connection connection;
        private final PreparedStatement statement;

        BatchSink(Connection connection, Table table) throws SQLException {
            this.connection = connection;
            this.statement = connection.prepareStatement(table.insertSql());
        }

        @Override
        public void write(Batch batch) throws SQLException {
            List<Object[]> rows = ((RowBatch) batch).rows;
            for (int r = 0; r < rows.size(); r++) {
                Object[] values = rows.get(r);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        statement.setNull(i + 1, Types.NULL);
                    } else if (values[i] instanceof List<?> list) {
                        statement.setArray(i + 1, connection.createArrayOf("VARCHAR", list.toArray()));
                    } else {
                        statement.setObject(i + 1, values[i]);
                    }
                }
                statement.addBatch();
                if ((r + 1) % JDBC_BATCH == 0 || r + 1 == rows.size()) {
                    statement.executeBatch();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    private static final class CopySink implements Sink {
        private final Object copyManager;
        private final Method copyIn;
        private final String sql;

        CopySink(Connection connection, Table table) throws SQLException {
            try {
                ClassLoader loader = TableWriter.class.getClassLoader();
                Class<?> pgConnection = Class.forName("org.postgresql.PGConnection", true, loader);
                Class<?> copyManagerType = Class.forName("org.postgresql.copy.CopyManager", true, loader);
                this.copyManager = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
                this.copyIn = copyManagerType.getMethod("copyIn", String.class, Reader.class);
            } catch (ReflectiveOperationException e) {
                throw new SQLException("PostgreSQL COPY is not available", e);
            }
            this.sql = table.copySql();
        }

        @Override
        public void write(Batch batch) throws SQLException {
            StringBuilder text = ((CopyBatch) batch).text;
            try {
                copyIn.invoke(copyManager, sql, new StringReader(text.toString()));
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof SQLException sql ? sql : new SQLException("COPY failed", e.getCause());
            } catch (IllegalAccessException e) {
                throw new SQLException("COPY failed", e);
            }
        }

        @Override
        public void close() {}
    }
}
