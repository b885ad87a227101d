package io.rekindle.platform;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Installation settings under {@code rekindle.*}.
 *
 * @param dataDir folder for the embedded database, the search index and stored files
 * @param adminPassword first admin password; when blank a random one-time password is printed on the first start
 * @param defaultTimeZone time zone of users created without one
 */
@ConfigurationProperties("rekindle")
public record PlatformProperties(String dataDir, String adminPassword, ZoneId defaultTimeZone) {

    public PlatformProperties {
        dataDir = dataDir == null || dataDir.isBlank() ? "./data" : dataDir;
        defaultTimeZone = defaultTimeZone == null ? ZoneId.of("UTC") : defaultTimeZone;
    }
}
