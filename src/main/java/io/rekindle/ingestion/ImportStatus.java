package io.rekindle.ingestion;

/** Where an import stands: waiting for the background job, running, or finished with its report. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    DONE;

    public boolean finished() {
        return this == DONE;
    }
}
