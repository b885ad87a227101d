package io.rekindle.search;

/**
 * Which parts of fit ranking uses beyond the words (lexical): equivalent titles (title families), skills overlap and
 * semantic similarity. Everything is on in the application; the quality benchmark turns parts off to show what each
 * adds.
 */
record FitParts(boolean titles, boolean skills, boolean semantics) {

    static final FitParts ALL = new FitParts(true, true, true);
    static final FitParts LEXICAL = new FitParts(false, false, false);
}
