package io.rekindle.ingestion;

import static io.rekindle.ingestion.ResumeRejected.Reason.CORRUPT;
import static io.rekindle.ingestion.ResumeRejected.Reason.EMPTY;
import static io.rekindle.ingestion.ResumeRejected.Reason.ENCRYPTED;
import static io.rekindle.ingestion.ResumeRejected.Reason.NO_TEXT;
import static io.rekindle.ingestion.ResumeRejected.Reason.TOO_LARGE;
import static io.rekindle.ingestion.ResumeRejected.Reason.TOO_SLOW;
import static io.rekindle.ingestion.ResumeRejected.Reason.UNSUPPORTED_TYPE;
import static io.rekindle.ingestion.ResumeRejected.Reason.ZIP_BOMB;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Reads the text of a resume file with Apache Tika: PDF, DOCX, DOC, RTF, ODT, plain text and HTML. Refuses, with a
 * reason a recruiter understands, what is empty, too large, of another type, encrypted, corrupt, without text (a
 * scanned image), a zip bomb, or too slow to read. Thread-safe.
 */
@Component
class ResumeReader {

    private static final Logger log = LoggerFactory.getLogger(ResumeReader.class);

    /** What recruiters upload, by the media type Tika detects, and how we name it. */
    static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/msword", "DOC"),
            Map.entry("application/x-tika-msoffice", "DOC"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("text/plain", "TXT"),
            Map.entry("text/html", "HTML"),
            Map.entry("application/xhtml+xml", "HTML"));

    /** A single document (a .docx, an .odt) that expands beyond this is a zip bomb. */
    static final long DOCUMENT_MAX_EXPANDED = 100L * 1024 * 1024;

    static final String ACCEPTED_NAMES = "PDF, DOCX, DOC, RTF, ODT, TXT or HTML";

    private final ResumeSettings settings;
    private final AutoDetectParser parser;
    private final ExecutorService workers;

    ResumeReader(ResumeSettings settings) {
        this.settings = settings;
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "resume-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** The text of the file and its media type; throws {@link ResumeRejected} when it cannot be read. */
    ExtractedText read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ResumeRejected(EMPTY, fileName, "The file is empty");
        }
        if (content.length > settings.maxSize().toBytes()) {
            throw tooLarge(fileName, content.length);
        }
        String type = detect(fileName, content);
        if (!ACCEPTED.containsKey(type)) {
            throw new ResumeRejected(
                    UNSUPPORTED_TYPE,
                    fileName,
                    "This is not a resume format we can read (" + type + "); upload " + ACCEPTED_NAMES);
        }
        ZipGuard.check(fileName, content, DOCUMENT_MAX_EXPANDED, 10_000);
        Future<String> parsing = workers.submit(() -> parse(fileName, content));
        String text;
        try {
            text = parsing.get(settings.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parsing.cancel(true);
            throw new ResumeRejected(
                    TOO_SLOW,
                    fileName,
                    "Reading the file took longer than "
                            + settings.parseTimeout().toSeconds() + " s; it may be damaged or unusually complex");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResumeRejected(TOO_SLOW, fileName, "Reading the file was interrupted");
        } catch (ExecutionException e) {
            throw rejection(fileName, e.getCause());
        }
        String cleaned = clean(text);
        if (cleaned.isBlank()) {
            throw new ResumeRejected(
                    NO_TEXT,
                    fileName,
                    "No text found in the file: is it a scanned image? Ask for a PDF with text or a Word file");
        }
        return new ExtractedText(cleaned, type, ACCEPTED.get(type));
    }

    static ResumeRejected tooLarge(String fileName, long size) {
        return new ResumeRejected(
                TOO_LARGE, fileName, "The file is too large (" + (size / 1024 / 1024) + " MB or more)");
    }

    private String detect(String fileName, byte[] content) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (var in = TikaInputStream.get(content)) {
            MediaType type = parser.getDetector().detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new ResumeRejected(CORRUPT, fileName, "The file could not be read");
        }
    }

    private String parse(String fileName, byte[] content) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        var text = new BlockText(settings.maxText());
        var handler = new BodyContentHandler(text);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        try (var in = TikaInputStream.get(content)) {
            parser.parse(in, handler, metadata, context);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
        }
        return text.toString();
    }

    private static ResumeRejected rejection(String fileName, Throwable e) {
        if (e instanceof ResumeRejected r) {
            return r;
        }
        if (causedBy(e, EncryptedDocumentException.class)
                || causedBy(e, org.apache.poi.EncryptedDocumentException.class)) {
            return new ResumeRejected(
                    ENCRYPTED, fileName, "The file is protected by a password; ask for an unprotected copy");
        }
        if (causedBy(e, ZeroByteFileException.class)) {
            return new ResumeRejected(EMPTY, fileName, "The file is empty");
        }
        String message = messages(e).toLowerCase(Locale.ROOT);
        if (message.contains("zip bomb") || message.contains("compression ratio") || message.contains("inflate")) {
            return new ResumeRejected(ZIP_BOMB, fileName, "The file expands to far more than it holds (a zip bomb)");
        }
        if (e instanceof TikaException
                || e instanceof IOException
                || e instanceof SAXException
                || e instanceof InvalidOperationException
                || e instanceof RuntimeException) {
            log.info("Could not read resume {}: {}", fileName, messages(e));
            return new ResumeRejected(
                    CORRUPT, fileName, "The file is damaged or not what its name says; it could not be read");
        }
        log.warn("Could not read resume {}", fileName, e);
        return new ResumeRejected(CORRUPT, fileName, "The file could not be read");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getClass().getSimpleName())
                    .append(": ")
                    .append(t.getMessage())
                    .append(" / ");
        }
        return all.toString();
    }

    /** Tidies extracted text: no control characters, no runs of blank lines or spaces. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('\u00a0', ' ')
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFD]", " ")
                .replaceAll("\\r\\n?", "\n")
                .replaceAll("[ \\t]+", " ")
                .replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
