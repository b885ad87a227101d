package io.rekindle.search;

import java.util.List;

/** A boolean query as a recruiter writes it, parsed: terms, phrases and prefixes, in fields, combined. */
sealed interface Query {

    /** A word ({@code java}), a trailing wildcard ({@code manag*}) or a quoted phrase, in a field or everywhere. */
    record Term(String field, String text, Kind kind) implements Query {}

    record And(List<Query> parts) implements Query {}

    record Or(List<Query> parts) implements Query {}

    record Not(Query part) implements Query {}

    /** The empty query: everyone. */
    record All() implements Query {}

    enum Kind {
        WORD,
        PREFIX,
        PHRASE
    }
}
