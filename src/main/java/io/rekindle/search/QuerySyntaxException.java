package io.rekindle.search;

/** A boolean query that cannot be read, with the 1-based position of the character where reading failed. */
public class QuerySyntaxException extends RuntimeException {

    private final int position;

    QuerySyntaxException(String problem, int position) {
        super(problem + " (at position " + position + ")");
        this.position = position;
    }

    public int position() {
        return position;
    }
}
