package io.rekindle.ingestion.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Import limits under {@code rekindle.imports.*}.
 *
 * @param maxFileSize the largest file accepted (default 50MB; Spring's multipart limit must be at least this)
 * @param maxRows the most rows one file may have (default 500,000)
 */
@ConfigurationProperties("rekindle.imports")
public record ImportSettings(DataSize maxFileSize, Integer maxRows) {

    public ImportSettings {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(50) : maxFileSize;
        maxRows = maxRows == null ? 500_000 : maxRows;
    }
}
