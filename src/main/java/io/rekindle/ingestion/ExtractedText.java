package io.rekindle.ingestion;

/** The text Tika read from a resume file, its detected media type and the format's short name (PDF, DOCX, ...). */
record ExtractedText(String text, String mediaType, String format) {}
