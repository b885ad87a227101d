package io.rekindle.ingestion.imports;

import java.util.List;

/**
 * An uploaded file read as a table: its encoding, the export it looks like, the header (with the line it is on) and
 * every record after it, readable or not, in file order.
 */
public record ParsedFile(String encoding, String format, List<String> header, long headerLine, List<SourceRow> rows) {

    public List<SourceRow> preview(int count) {
        return rows.stream().limit(count).toList();
    }
}
