package io.rekindle.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Thrown when a request clashes with the current state: a stale version, an invalid move, a duplicate. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public static void checkVersion(String kind, long expected, long actual) {
        if (expected != actual) {
            throw new ConflictException(kind + " was changed by someone else (version " + actual + ", you sent "
                    + expected + "); reload and try again");
        }
    }
}
