package io.rekindle.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads boolean queries as recruiters write them: {@code AND}, {@code OR}, {@code NOT} (or a leading {@code -}),
 * parentheses, "quoted phrases", trailing wildcards ({@code manag*}) and fields ({@code title:}, {@code skills:},
 * {@code company:}, {@code city:}, {@code tag:}, {@code name:}); words side by side mean AND. Operators are
 * case-insensitive; quote them to search the word itself. Errors name the position where reading failed.
 */
final class QueryParser {

    static final Set<String> FIELDS = Set.of("title", "skills", "company", "city", "tag", "name", "resume", "history");
    static final int MAX_LENGTH = 2000;

    private final List<Token> tokens;
    private int next;

    private QueryParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Query parse(String text) {
        if (text == null || text.isBlank()) {
            return new Query.All();
        }
        if (text.length() > MAX_LENGTH) {
            throw new QuerySyntaxException("The query is longer than " + MAX_LENGTH + " characters", MAX_LENGTH + 1);
        }
        var parser = new QueryParser(lex(text));
        Query query = parser.or(null);
        if (parser.next < parser.tokens.size()) {
            Token t = parser.tokens.get(parser.next);
            throw new QuerySyntaxException(
                    t.type == Type.RPAREN ? "This ')' closes no '('" : "Unexpected " + t.describe(), t.position);
        }
        return query;
    }

    private Query or(String field) {
        var parts = new ArrayList<Query>();
        parts.add(and(field));
        while (peek(Type.OR)) {
            Token or = tokens.get(next++);
            requireOperand(or);
            parts.add(and(field));
        }
        return parts.size() == 1 ? parts.get(0) : new Query.Or(List.copyOf(parts));
    }

    private Query and(String field) {
        var parts = new ArrayList<Query>();
        parts.add(unary(field));
        while (next < tokens.size() && !peek(Type.OR) && !peek(Type.RPAREN)) {
            if (peek(Type.AND)) {
                Token and = tokens.get(next++);
                requireOperand(and);
            }
            parts.add(unary(field));
        }
        return parts.size() == 1 ? parts.get(0) : new Query.And(List.copyOf(parts));
    }

    private Query unary(String field) {
        if (peek(Type.NOT)) {
            Token not = tokens.get(next++);
            requireOperand(not);
            return new Query.Not(unary(field));
        }
        return primary(field);
    }

    private Query primary(String field) {
        if (next >= tokens.size()) {
            Token last = tokens.get(tokens.size() - 1);
            throw new QuerySyntaxException("Expected a word, a phrase or '(' at the end", last.end + 1);
        }
        Token t = tokens.get(next++);
        return switch (t.type) {
            case LPAREN -> {
                if (peek(Type.RPAREN)) {
                    throw new QuerySyntaxException("Empty parentheses", t.position);
                }
                Query inner = or(field);
                if (!peek(Type.RPAREN)) {
                    throw new QuerySyntaxException(
                            "Missing ')' for the '(' at position " + t.position,
                            next < tokens.size() ? tokens.get(next).position : tokens.get(tokens.size() - 1).end + 1);
                }
                next++;
                yield inner;
            }
            case FIELD -> {
                if (next >= tokens.size() || !tokens.get(next).startOperand()) {
                    throw new QuerySyntaxException("Expected a word, a phrase or '(' after " + t.text + ":", t.end + 1);
                }
                yield primary(t.text);
            }
            case WORD -> new Query.Term(field, t.text, t.text.endsWith("*") ? Query.Kind.PREFIX : Query.Kind.WORD);
            case PHRASE -> new Query.Term(field, t.text, Query.Kind.PHRASE);
            default ->
                throw new QuerySyntaxException(
                        "Expected a word, a phrase or '(' but found " + t.describe(), t.position);
        };
    }

    private void requireOperand(Token operator) {
        if (next >= tokens.size() || !tokens.get(next).startOperand()) {
            throw new QuerySyntaxException(
                    "Expected a word, a phrase or '(' after " + operator.text,
                    next < tokens.size() ? tokens.get(next).position : operator.end + 1);
        }
    }

    private boolean peek(Type type) {
        return next < tokens.size() && tokens.get(next).type == type;
    }

    private static List<Token> lex(String text) {
        var tokens = new ArrayList<Token>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Type.LPAREN, "(", i + 1, i + 1));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Type.RPAREN, ")", i + 1, i + 1));
                i++;
            } else if (c == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    throw new QuerySyntaxException("This quote is never closed", i + 1);
                }
                String phrase = text.substring(i + 1, close).strip();
                if (phrase.isEmpty()) {
                    throw new QuerySyntaxException("Empty quotes", i + 1);
                }
                tokens.add(new Token(Type.PHRASE, phrase, i + 1, close + 1));
                i = close + 1;
            } else if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                tokens.add(new Token(Type.NOT, "-", i + 1, i + 1));
                i++;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i)) && "()\"".indexOf(text.charAt(i)) < 0) {
                    if (text.charAt(i) == ':' && i > start) {
                        break;
                    }
                    i++;
                }
                String word = text.substring(start, i);
                if (i < n && text.charAt(i) == ':') {
                    String field = word.toLowerCase(Locale.ROOT);
                    if (!FIELDS.contains(field)) {
                        throw new QuerySyntaxException(
                                "Unknown field " + word + ": (use title:, skills:, company:, city:, tag:, name:,"
                                        + " resume: or history:)",
                                start + 1);
                    }
                    tokens.add(new Token(Type.FIELD, field, start + 1, i + 1));
                    i++;
                    continue;
                }
                tokens.add(word(word, start + 1));
            }
        }
        return tokens;
    }

    private static Token word(String word, int position) {
        int end = position + word.length() - 1;
        switch (word.toUpperCase(Locale.ROOT)) {
            case "AND", "&&" -> {
                return new Token(Type.AND, word, position, end);
            }
            case "OR", "||" -> {
                return new Token(Type.OR, word, position, end);
            }
            case "NOT" -> {
                return new Token(Type.NOT, word, position, end);
            }
            default -> {}
        }
        int star = word.indexOf('*');
        if (star >= 0 && star < word.length() - 1) {
            throw new QuerySyntaxException("A wildcard is only allowed at the end of a word", position + star);
        }
        if (star >= 0 && star < 2) {
            throw new QuerySyntaxException("A wildcard needs at least two letters before it", position + star);
        }
        if (word.startsWith(":")) {
            throw new QuerySyntaxException("A field name is missing before ':'", position);
        }
        return new Token(Type.WORD, word, position, end);
    }

    private enum Type {
        LPAREN,
        RPAREN,
        AND,
        OR,
        NOT,
        FIELD,
        WORD,
        PHRASE
    }

    private record Token(Type type, String text, int position, int end) {

        boolean startOperand() {
            return type == Type.WORD
                    || type == Type.PHRASE
                    || type == Type.LPAREN
                    || type == Type.FIELD
                    || type == Type.NOT;
        }

        String describe() {
            return switch (type) {
                case PHRASE -> "\"" + text + "\"";
                case FIELD -> text + ":";
                default -> "'" + text + "'";
            };
        }
    }
}
