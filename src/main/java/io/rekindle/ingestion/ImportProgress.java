package io.rekindle.ingestion;

import java.time.Instant;
import java.util.List;

/**
 * How far an import got and, once done, its report: rows created, merged into an existing record (a duplicate found
 * on the way in), skipped (nothing to import) and rejected (with line and reason; the first {@code rejectedRows} of
 * them, in line order).
 */
public record ImportProgress(
        ImportId id,
        ImportKind kind,
        String fileName,
        String encoding,
        String format,
        ImportStatus status,
        int total,
        int created,
        int merged,
        int skipped,
        int rejected,
        List<RejectedRow> rejectedRows,
        Instant createdAt,
        Instant finishedAt) {

    public int processed() {
        return created + merged + skipped + rejected;
    }

    /** Whole percent done, 100 when there was nothing to do. */
    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, processed() * 100L / total);
    }
}
