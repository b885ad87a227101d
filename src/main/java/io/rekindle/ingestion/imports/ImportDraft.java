package io.rekindle.ingestion.imports;

import io.rekindle.ingestion.ImportId;
import io.rekindle.ingestion.ImportKind;
import io.rekindle.ingestion.ImportStatus;
import java.util.List;

/** An uploaded import as the mapping form shows it: the header, the field of each column, the first rows. */
public record ImportDraft(
        ImportId id,
        ImportKind kind,
        ImportStatus status,
        String fileName,
        String encoding,
        String format,
        List<String> header,
        List<ImportField> mapping,
        List<SourceRow> preview) {

    public List<ImportField> choices() {
        return ImportField.of(kind);
    }

    public String cell(SourceRow row, int column) {
        return row.cells() == null || column >= row.cells().size()
                ? ""
                : row.cells().get(column);
    }
}
