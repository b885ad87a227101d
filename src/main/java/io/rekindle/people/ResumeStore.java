package io.rekindle.people;

import io.rekindle.platform.PlatformProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Original resume files under {@code ${rekindle.data-dir}/resumes}, each named by the SHA-256 of its bytes: the same
 * file sent twice is stored once, and a merge moves no files.
 */
@Component
class ResumeStore {

    private final Path root;

    ResumeStore(PlatformProperties properties) {
        this.root = Path.of(properties.dataDir(), "resumes");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the file unless it is there already (atomically: a crash leaves no half-written file). */
    void write(String sha256, byte[] content) {
        Path target = path(sha256);
        try {
            if (Files.exists(target) && Files.size(target) == content.length) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the resume file " + target, e);
        }
    }

    void deleteQuietly(String sha256) {
        try {
            Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            // an orphan file costs disk space only
        }
    }

    Path path(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
