package io.rekindle.ingestion;

/** A row that was not saved, with the line of the file it starts on and why, in words a recruiter understands. */
public record RejectedRow(long line, String reason) {}
