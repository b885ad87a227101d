package io.rekindle.ingestion;

/**
 * Where an import stands: uploaded and waiting for its mapping to be confirmed (pages), waiting for the background
 * job, running, or finished with its report.
 */
public enum ImportStatus {
    MAPPING,
    QUEUED,
    RUNNING,
    DONE;

    public boolean finished() {
        return this == DONE;
    }
}
