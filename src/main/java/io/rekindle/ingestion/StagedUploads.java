package io.rekindle.ingestion;

import io.rekindle.platform.PlatformProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Uploaded files waiting for a recruiter's review (the "new person from resume" page) or for a background batch, under
 * {@code ${rekindle.data-dir}/resumes/staging}; a token names each. Nothing reaches the database before the review is
 * confirmed; files older than a day are swept away.
 */
@Component
class StagedUploads {

    private final Path root;
    private final Clock clock;

    StagedUploads(PlatformProperties properties, Clock clock) {
        this.root = Path.of(properties.dataDir(), "resumes", "staging");
        this.clock = clock;
    }

    String put(byte[] content) {
        String token = UUID.randomUUID().toString();
        try {
            Files.createDirectories(root);
            Files.write(root.resolve(token), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage an upload", e);
        }
        return token;
    }

    Optional<byte[]> get(String token) {
        if (token == null || !token.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        try {
            Path file = root.resolve(token);
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void remove(String token) {
        if (token != null && token.matches("[0-9a-f-]{36}")) {
            try {
                Files.deleteIfExists(root.resolve(token));
            } catch (IOException e) {
                // swept later
            }
        }
    }

    /** Deletes staged files older than {@code age}; returns how many. */
    int sweep(Duration age) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        long cutoff = clock.millis() - age.toMillis();
        int removed = 0;
        try (Stream<Path> files = Files.list(root)) {
            for (Path f : files.toList()) {
                if (Files.getLastModifiedTime(f).toMillis() < cutoff && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            return removed;
        }
        return removed;
    }
}
