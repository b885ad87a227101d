package io.rekindle.ingestion.imports;

import io.rekindle.ingestion.ImportId;
import io.rekindle.ingestion.ImportKind;
import io.rekindle.ingestion.ImportProgress;
import io.rekindle.ingestion.ImportStatus;
import io.rekindle.platform.InvalidInputException;
import io.rekindle.platform.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an uploaded file in: checks its size, detects its encoding, reads it (CSV or vCard), proposes a mapping,
 * and stores the import with all its rows in one transaction for the background job to work through.
 */
@Service
public class ImportFiles {

    static final int REPORTED_REJECTIONS = 1000;

    private final ImportStore store;
    private final ImportRunner runner;
    private final ImportSettings settings;
    private final Clock clock;

    ImportFiles(ImportStore store, ImportRunner runner, ImportSettings settings, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.settings = settings;
        this.clock = clock;
    }

    /** Reads a file without keeping anything: for the preview and the mapping form. */
    public ParsedFile read(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", "is empty");
        }
        if (bytes.length > settings.maxFileSize().toBytes()) {
            throw InvalidInputException.of(
                    "file",
                    "is " + megabytes(bytes.length) + " MB, more than the "
                            + megabytes(settings.maxFileSize().toBytes()) + " MB an import may have");
        }
        var decoded = Encodings.decode(bytes);
        String encoding = decoded.charset().name() + (decoded.bom() ? " (BOM)" : "");
        ParsedFile file = isVcard(fileName, decoded.text())
                ? VcardReader.read(decoded.text(), encoding)
                : CsvReader.read(decoded.text(), encoding);
        if (file.rows().size() > settings.maxRows()) {
            throw InvalidInputException.of(
                    "file", "has " + file.rows().size() + " rows, more than the " + settings.maxRows() + " allowed");
        }
        return file;
    }

    /** The mapping proposed for a file of this kind (vCards always map the same way). */
    public ColumnMapping suggest(ImportKind kind, ParsedFile file) {
        return "vCard".equals(file.format()) ? VcardReader.MAPPING : ColumnMapping.suggest(kind, file.header());
    }

    /**
     * Keeps the file's rows as an import to run in the background; {@code fields} (one field name per column) replaces
     * the proposed mapping when given.
     */
    @Transactional
    public ImportId start(ImportKind kind, String fileName, byte[] bytes, List<String> fields) {
        ParsedFile file = read(fileName, bytes);
        ColumnMapping mapping =
                fields == null || fields.isEmpty() ? suggest(kind, file) : mapping(kind, file.header(), fields);
        check(kind, mapping);
        return store.insertJob(kind, name(fileName), file, mapping, ImportStatus.QUEUED, clock.instant());
    }

    /** Keeps an uploaded file's rows with the proposed mapping, for the recruiter to check and confirm (pages). */
    @Transactional
    public ImportId upload(ImportKind kind, String fileName, byte[] bytes) {
        ParsedFile file = read(fileName, bytes);
        return store.insertJob(kind, name(fileName), file, suggest(kind, file), ImportStatus.MAPPING, clock.instant());
    }

    /** An uploaded import with its mapping and its first rows, for the mapping form. */
    public ImportDraft draft(ImportId id, int previewRows) {
        var job = store.job(id).orElseThrow(() -> new NotFoundException("Import", id));
        return new ImportDraft(
                id,
                job.kind(),
                job.status(),
                job.fileName(),
                job.encoding(),
                job.format(),
                job.header(),
                java.util.stream.IntStream.range(0, job.header().size())
                        .mapToObj(i -> job.mapping().field(i))
                        .toList(),
                store.rows(id, previewRows));
    }

    /** Confirms the mapping of an uploaded import (one field name per column): it then runs in the background. */
    @Transactional
    public void confirm(ImportId id, List<String> fields) {
        var job = store.job(id).orElseThrow(() -> new NotFoundException("Import", id));
        ColumnMapping mapping = mapping(job.kind(), job.header(), fields);
        check(job.kind(), mapping);
        if (!store.confirm(id, mapping)) {
            throw InvalidInputException.of("mapping", "was already confirmed");
        }
    }

    private static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    public ImportProgress progress(ImportId id) {
        var job = store.job(id).orElseThrow(() -> new NotFoundException("Import", id));
        return store.progress(job, REPORTED_REJECTIONS);
    }

    public List<ImportProgress> recent(int limit) {
        return store.recent(limit).stream().map(j -> store.progress(j, 0)).toList();
    }

    /** Runs every import that is queued or was interrupted (the background job). */
    public void runPending() {
        store.unfinished().forEach(runner::run);
    }

    /** Runs one import now (tests, benchmarks). */
    public void run(ImportId id) {
        runner.run(id);
    }

    private static ColumnMapping mapping(ImportKind kind, List<String> header, List<String> fields) {
        if (fields == null || fields.size() != header.size()) {
            throw InvalidInputException.of(
                    "mapping",
                    "names " + (fields == null ? 0 : fields.size()) + " fields, the file has " + header.size()
                            + " columns");
        }
        var parsed = new java.util.ArrayList<ImportField>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i) == null ? "" : fields.get(i).strip().toUpperCase(Locale.ROOT);
            ImportField field;
            try {
                field = name.isEmpty() ? ImportField.IGNORE : ImportField.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("mapping[" + i + "]", "'" + fields.get(i) + "' is not a field");
            }
            if (!field.appliesTo(kind)) {
                throw InvalidInputException.of(
                        "mapping[" + i + "]",
                        field + " is not a field of " + kind.name().toLowerCase(Locale.ROOT));
            }
            parsed.add(field);
        }
        return new ColumnMapping(parsed);
    }

    private static void check(ImportKind kind, ColumnMapping mapping) {
        boolean ok =
                switch (kind) {
                    case PEOPLE ->
                        mapping.maps(ImportField.FULL_NAME)
                                || mapping.maps(ImportField.FIRST_NAME)
                                || mapping.maps(ImportField.LAST_NAME);
                    case COMPANIES -> mapping.maps(ImportField.COMPANY_NAME);
                    case TOUCHES -> mapping.maps(ImportField.EMAIL);
                };
        if (!ok) {
            String needed =
                    switch (kind) {
                        case PEOPLE -> "a name column (full, first or last name)";
                        case COMPANIES -> "a company name column";
                        case TOUCHES -> "an e-mail column to find each person by";
                    };
            throw InvalidInputException.of("mapping", "needs " + needed);
        }
    }

    private static boolean isVcard(String fileName, String text) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".vcf") || name.endsWith(".vcard") || VcardReader.looksLikeVcard(text);
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
