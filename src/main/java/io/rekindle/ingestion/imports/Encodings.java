package io.rekindle.ingestion.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Reads the bytes of an uploaded file as text. A byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise bytes that
 * are valid UTF-8 are UTF-8; otherwise juniversalchardet guesses, and Windows-1252 (what classic Outlook and Excel
 * write on Western Windows) is the fallback for a guess that is not a single-byte Western code page.
 */
public final class Encodings {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Encodings() {}

    /** The text with its encoding; the byte-order mark is not part of the text. */
    public record Decoded(String text, Charset charset, boolean bom) {}

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(
                    new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, false);
        }
        Charset guess = guess(bytes);
        return new Decoded(new String(bytes, guess), guess, false);
    }

    private static Charset guess(byte[] bytes) {
        var detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return WINDOWS_1252;
        }
        try {
            Charset detected = Charset.forName(name);
            // Latin-1 guesses are read as its superset Windows-1252 (curly quotes, en dash, euro sign).
            if (detected.equals(StandardCharsets.ISO_8859_1)
                    || detected.equals(StandardCharsets.UTF_8)
                    || name.startsWith("UTF-16")
                    || name.startsWith("UTF-32")) {
                return WINDOWS_1252;
            }
            return detected;
        } catch (IllegalArgumentException e) {
            return WINDOWS_1252;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
