package io.rekindle.ingestion;

/** A resume file read: its name, format (PDF, DOCX, ...), media type, text, and the fields found in the text. */
public record ParsedResume(String fileName, String format, String mediaType, String text, ResumeFields fields) {}
