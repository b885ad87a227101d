package io.rekindle.ingestion;

import io.rekindle.ingestion.imports.ImportFiles;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Imports of people, companies and touches from CSV exports (LinkedIn, Google, Outlook, OpenCATS, any header) and
 * vCards: started from an uploaded file, run in the background, followed by their progress and report.
 */
@Service
public class Imports {

    private final ImportFiles files;

    Imports(ImportFiles files) {
        this.files = files;
    }

    /**
     * Keeps the file as an import to run in the background. {@code fields} names the field of each column (see the
     * preview); empty means the proposed mapping.
     */
    public ImportId start(ImportKind kind, String fileName, byte[] bytes, List<String> fields) {
        return files.start(kind, fileName, bytes, fields);
    }

    public ImportProgress progress(ImportId id) {
        return files.progress(id);
    }

    public List<ImportProgress> recent(int limit) {
        return files.recent(limit);
    }
}
