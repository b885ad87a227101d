package io.rekindle.ingestion;

import io.rekindle.platform.InvalidInputException;
import java.util.List;

/** A file that cannot be read as a resume, with the reason in words a recruiter understands. */
public class ResumeRejected extends InvalidInputException {

    /** Why a file was refused. */
    public enum Reason {
        EMPTY,
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        ENCRYPTED,
        CORRUPT,
        NO_TEXT,
        TOO_SLOW,
        ZIP_BOMB
    }

    private final Reason reason;
    private final String fileName;

    public ResumeRejected(Reason reason, String fileName, String message) {
        super(List.of(new FieldProblem("file", message)));
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }

    /** The message alone, without the field name. */
    public String reasonText() {
        return problems().get(0).message();
    }
}
