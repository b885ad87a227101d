package io.rekindle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The shipped settings bind, and a job a crashed server was running is picked up again within three minutes. */
class JobSettingsTests {

    @Test
    void aCrashedRunIsPickedUpWithinThreeMinutes() throws IOException {
        var shipped = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            shipped.load(in);
        }
        JobSettings settings = new Binder(new MapConfigurationPropertySource(shipped))
                .bind("rekindle.jobs", JobSettings.class)
                .get();

        Duration deadAfter = settings.heartbeatInterval().multipliedBy(settings.missedHeartbeatsLimit());
        Duration detectionEvery = settings.heartbeatInterval().multipliedBy(2);
        Duration polling = Duration.ofSeconds(10);
        assertThat(deadAfter.plus(detectionEvery).plus(polling)).isLessThanOrEqualTo(Duration.ofMinutes(3));
        assertThat(deadAfter)
                .as("a slow heartbeat is not yet a dead server")
                .isGreaterThanOrEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void withoutSettingsTheDefaultsAreTheShippedOnes() {
        var settings = new JobSettings(null, 0);

        assertThat(settings.heartbeatInterval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.missedHeartbeatsLimit()).isEqualTo(6);
    }
}
