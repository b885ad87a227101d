package io.rekindle.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Thrown when a record asked for by id does not exist; pages answer 404, the API a 404 problem detail. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " does not exist");
    }
}
