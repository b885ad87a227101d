package io.rekindle.demo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Hands out ids above both the highest id in each table and the sequence's current value (Hibernate's pooled
 * optimizer may hold a block of ids below it), then restarts each used sequence past the last id handed out.
 */
final class Ids {

    private static final int SEQUENCE_HEADROOM = 100;

    private final long[] start = new long[Table.values().length];
    private final long[] last = new long[Table.values().length];

    static Ids read(TableWriter writer) {
        Ids ids = new Ids();
        try (Statement statement = writer.connection().createStatement()) {
            for (Table table : Table.values()) {
                if (table.hasSequence()) {
                    long base = Math.max(
                            single(statement, "select coalesce(max(id), 0) from " + table.sqlName()),
                            single(statement, nextValueSql(writer.postgres(), table.sequence())));
                    ids.start[table.ordinal()] = base;
                    ids.last[table.ordinal()] = base;
                }
            }
            writer.connection().commit();
        } catch (SQLException e) {
            throw TableWriter.failed(e);
        }
        return ids;
    }

    long next(Table table) {
        return ++last[table.ordinal()];
    }

    /** Reserves {@code count} consecutive ids and returns the first. */
    long reserve(Table table, long count) {
        long first = last[table.ordinal()] + 1;
        last[table.ordinal()] += count;
        return first;
    }

    void restartSequences(TableWriter writer) {
        try (Statement statement = writer.connection().createStatement()) {
            for (Table table : Table.values()) {
                if (table.hasSequence() && last[table.ordinal()] > start[table.ordinal()]) {
                    statement.execute("alter sequence " + table.sequence() + " restart with "
                            + (last[table.ordinal()] + SEQUENCE_HEADROOM));
                }
            }
            writer.connection().commit();
        } catch (SQLException e) {
            throw TableWriter.failed(e);
        }
    }

    private static String nextValueSql(boolean postgres, String sequence) {
        return postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
