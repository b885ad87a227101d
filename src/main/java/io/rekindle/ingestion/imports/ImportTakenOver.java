package io.rekindle.ingestion.imports;

import io.rekindle.ingestion.ImportId;

/** Another run of the same import recorded rows this run was working on; this run stops and its chunk rolls back. */
class ImportTakenOver extends RuntimeException {

    ImportTakenOver(ImportId id) {
        super("Import " + id.value() + " is being run elsewhere; this run stops");
    }
}
