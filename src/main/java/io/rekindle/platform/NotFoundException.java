package io.rekindle.platform;

/** Thrown when a record asked for by id does not exist; pages answer 404, the API a 404 problem detail. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " does not exist");
    }
}
