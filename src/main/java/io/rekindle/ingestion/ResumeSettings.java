package io.rekindle.ingestion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on resume uploads under {@code rekindle.resumes.*}.
 *
 * @param maxSize the largest resume file accepted (also the largest file in a zip); Spring's multipart limits follow
 * @param parseTimeout how long reading one file may take before it is rejected
 * @param maxText characters of text kept from one resume
 * @param maxZipEntries files in one zip of resumes
 * @param maxZipExpanded bytes a zip of resumes may expand to, all files together (beyond it: a zip bomb)
 * @param maxZipSize the largest zip of resumes (or several files at once) accepted in one upload
 */
@ConfigurationProperties("rekindle.resumes")
public record ResumeSettings(
        DataSize maxSize,
        Duration parseTimeout,
        int maxText,
        int maxZipEntries,
        DataSize maxZipExpanded,
        DataSize maxZipSize) {

    public ResumeSettings {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        parseTimeout = parseTimeout == null ? Duration.ofSeconds(20) : parseTimeout;
        maxText = maxText <= 0 ? 500_000 : maxText;
        maxZipEntries = maxZipEntries <= 0 ? 1_000 : maxZipEntries;
        maxZipExpanded = maxZipExpanded == null ? DataSize.ofMegabytes(500) : maxZipExpanded;
        maxZipSize = maxZipSize == null ? DataSize.ofMegabytes(200) : maxZipSize;
    }
}
