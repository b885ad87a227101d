package io.rekindle.ingestion.imports;

import io.rekindle.ingestion.ImportId;
import io.rekindle.ingestion.ImportKind;
import io.rekindle.ingestion.ImportProgress;
import io.rekindle.ingestion.ImportStatus;
import io.rekindle.ingestion.RejectedRow;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The import tables, through JDBC: rows are written and updated in batches (an import can have 100,000 of them). */
@Repository
class ImportStore {

    static final int BATCH = 1000;

    enum RowState {
        PENDING,
        CREATED,
        MERGED,
        SKIPPED,
        REJECTED
    }

    record Job(
            ImportId id,
            ImportKind kind,
            String fileName,
            String encoding,
            String format,
            List<String> header,
            ColumnMapping mapping,
            ImportStatus status,
            int total,
            Instant createdAt,
            Instant finishedAt) {}

    record PendingRow(long line, List<String> cells) {}

    /** What became of a row: its new state, the record it made or updated, and why (for skipped and rejected). */
    record Outcome(long line, RowState state, Long recordId, String reason) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    ImportId insertJob(
            ImportKind kind,
            String fileName,
            ParsedFile file,
            ColumnMapping mapping,
            ImportStatus status,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into import_job (kind, file_name, encoding, format, header, mapping, status, total_rows,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        kind.name(),
                        fileName,
                        file.encoding(),
                        file.format(),
                        encode(file.header()),
                        mapping.stored(),
                        status.name(),
                        file.rows().size(),
                        Timestamp.from(now))
                .update(keys, "id");
        var id = new ImportId(keys.getKey().longValue());
        for (int from = 0; from < file.rows().size(); from += BATCH) {
            var slice = file.rows().subList(from, Math.min(file.rows().size(), from + BATCH));
            template.batchUpdate(
                    "insert into import_row (job_id, line, cells, state, reason) values (?, ?, ?, ?, ?)",
                    slice,
                    slice.size(),
                    (ps, row) -> {
                        ps.setLong(1, id.value());
                        ps.setLong(2, row.line());
                        ps.setString(3, row.readable() ? encode(row.cells()) : null);
                        ps.setString(4, (row.readable() ? RowState.PENDING : RowState.REJECTED).name());
                        ps.setString(5, row.problem());
                    });
        }
        return id;
    }

    Optional<Job> job(ImportId id) {
        return jdbc.sql("select id, kind, file_name, encoding, format, header, mapping, status, total_rows, created_at,"
                        + " finished_at from import_job where id = ?")
                .param(id.value())
                .query((rs, n) -> new Job(
                        new ImportId(rs.getLong(1)),
                        ImportKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        decode(rs.getString(6)),
                        ColumnMapping.parse(rs.getString(7)),
                        ImportStatus.valueOf(rs.getString(8)),
                        rs.getInt(9),
                        rs.getTimestamp(10).toInstant(),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant()))
                .optional();
    }

    List<Job> recent(int limit) {
        return jdbc
                .sql("select id from import_job order by created_at desc, id desc limit ?")
                .param(limit)
                .query((rs, n) -> new ImportId(rs.getLong(1)))
                .list()
                .stream()
                .map(this::job)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The mapping confirmed: the import waits for the background job. */
    boolean confirm(ImportId id, ColumnMapping mapping) {
        return jdbc.sql("update import_job set mapping = ?, status = 'QUEUED' where id = ? and status = 'MAPPING'")
                        .params(mapping.stored(), id.value())
                        .update()
                == 1;
    }

    /** The first rows in line order, readable or not: the preview. */
    List<SourceRow> rows(ImportId id, int limit) {
        return jdbc.sql("select line, cells, reason, state from import_row where job_id = ? order by job_id, line"
                        + " limit ?")
                .params(id.value(), limit)
                .query((rs, n) -> rs.getString(2) == null
                        ? SourceRow.broken(rs.getLong(1), rs.getString(3))
                        : SourceRow.of(rs.getLong(1), decode(rs.getString(2))))
                .list();
    }

    /** Imports queued or interrupted while running, oldest first. */
    List<ImportId> unfinished() {
        return jdbc.sql("select id from import_job where status in ('QUEUED', 'RUNNING') order by id")
                .query((rs, n) -> new ImportId(rs.getLong(1)))
                .list();
    }

    void started(ImportId id, Instant now) {
        jdbc.sql("update import_job set status = ?, started_at = coalesce(started_at, ?) where id = ?")
                .params(ImportStatus.RUNNING.name(), Timestamp.from(now), id.value())
                .update();
    }

    void finished(ImportId id, Instant now) {
        jdbc.sql("update import_job set status = ?, finished_at = ? where id = ?")
                .params(ImportStatus.DONE.name(), Timestamp.from(now), id.value())
                .update();
    }

    /**
     * The next pending rows after the given line, in line order. The order names every column of the state index so
     * that H2 reads the rows in index order and stops at the limit, instead of sorting all pending rows per chunk.
     */
    List<PendingRow> pending(ImportId id, long afterLine, int limit) {
        return jdbc.sql("select line, cells from import_row where job_id = ? and state = 'PENDING' and line > ?"
                        + " order by job_id, state, line limit ?")
                .params(id.value(), afterLine, limit)
                .query((rs, n) -> new PendingRow(rs.getLong(1), decode(rs.getString(2))))
                .list();
    }

    /**
     * Records what became of rows. Only rows still pending change: a row another run of the same import has recorded
     * meanwhile (a server taken for dead while it was still working) makes this run give up, and its transaction with
     * the records it made is rolled back, so nobody is created twice.
     */
    int record(ImportId id, List<Outcome> outcomes) {
        int[][] counts = template.batchUpdate(
                "update import_row set state = ?, record_id = ?, reason = ? where job_id = ? and line = ?"
                        + " and state = 'PENDING'",
                outcomes,
                BATCH,
                (ps, o) -> {
                    ps.setString(1, o.state().name());
                    if (o.recordId() == null) {
                        ps.setNull(2, java.sql.Types.BIGINT);
                    } else {
                        ps.setLong(2, o.recordId());
                    }
                    ps.setString(3, o.reason() == null ? null : abbreviate(o.reason()));
                    ps.setLong(4, id.value());
                    ps.setLong(5, o.line());
                });
        int changed = 0;
        for (int[] batch : counts) {
            for (int c : batch) {
                if (c == 0) {
                    throw new ImportTakenOver(id);
                }
                changed += Math.max(c, 0);
            }
        }
        return changed;
    }

    ImportProgress progress(Job job, int rejectedRows) {
        var counts = new EnumMap<RowState, Integer>(RowState.class);
        jdbc.sql("select state, count(*) from import_row where job_id = ? group by state")
                .param(job.id().value())
                .query((rs, n) -> counts.put(RowState.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        var rejected = jdbc.sql("select line, reason from import_row where job_id = ? and state = 'REJECTED'"
                        + " order by job_id, state, line limit ?")
                .params(job.id().value(), rejectedRows)
                .query((rs, n) -> new RejectedRow(rs.getLong(1), rs.getString(2)))
                .list();
        return new ImportProgress(
                job.id(),
                job.kind(),
                job.fileName(),
                job.encoding(),
                job.format(),
                job.status(),
                job.total(),
                counts.getOrDefault(RowState.CREATED, 0),
                counts.getOrDefault(RowState.MERGED, 0),
                counts.getOrDefault(RowState.SKIPPED, 0),
                counts.getOrDefault(RowState.REJECTED, 0),
                rejected,
                job.createdAt(),
                job.finishedAt());
    }

    /** The records rows of an import made or updated (for tests and the report). */
    List<Long> recordIds(ImportId id) {
        return jdbc.sql("select record_id from import_row where job_id = ? and record_id is not null order by line")
                .param(id.value())
                .query(Long.class)
                .list();
    }

    private static String abbreviate(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
    }

    /** A list of cells stored as one CSV record. */
    static String encode(List<String> cells) {
        return CSVFormat.RFC4180.format(cells.toArray());
    }

    static List<String> decode(String stored) {
        if (stored == null) {
            return List.of();
        }
        try (var parser = CSVParser.parse(new StringReader(stored), CSVFormat.RFC4180)) {
            var records = parser.getRecords();
            return records.isEmpty()
                    ? List.of()
                    : new ArrayList<>(records.get(0).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
