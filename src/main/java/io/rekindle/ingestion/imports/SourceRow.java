package io.rekindle.ingestion.imports;

import java.util.List;

/** One record of an uploaded file: the line it starts on and its cells, or the reason it could not be read. */
public record SourceRow(long line, List<String> cells, String problem) {

    static SourceRow of(long line, List<String> cells) {
        return new SourceRow(line, List.copyOf(cells), null);
    }

    static SourceRow broken(long line, String problem) {
        return new SourceRow(line, null, problem);
    }

    public boolean readable() {
        return problem == null;
    }
}
