package io.rekindle.ingestion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/**
 * Measures what a zip (a .docx, an .odt, or a zip of resumes) expands to, by inflating it into nothing, and refuses it
 * as a zip bomb beyond a limit, before any parser allocates memory for it.
 */
final class ZipGuard {

    private ZipGuard() {}

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** Throws {@link ResumeRejected} (zip bomb) when the zip expands beyond {@code maxExpanded} bytes. */
    static void check(String fileName, byte[] content, long maxExpanded, int maxEntries) {
        if (!isZip(content)) {
            return;
        }
        long total = 0;
        int entries = 0;
        byte[] sink = new byte[64 * 1024];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                if (++entries > maxEntries) {
                    throw bomb(fileName, "holds more than " + maxEntries + " files");
                }
                int n;
                while ((n = zip.read(sink)) > 0) {
                    total += n;
                    if (total > maxExpanded) {
                        throw bomb(fileName, "expands to more than " + (maxExpanded / 1024 / 1024) + " MB");
                    }
                }
            }
        } catch (IOException e) {
            // not a readable zip: the parser will say what is wrong with it
        }
    }

    private static ResumeRejected bomb(String fileName, String what) {
        return new ResumeRejected(
                ResumeRejected.Reason.ZIP_BOMB, fileName, "The file " + what + " (a zip bomb?); it was not read");
    }
}
