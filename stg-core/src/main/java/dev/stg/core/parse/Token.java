package dev.stg.core.parse;

import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Span;

/**
 * One token. {@code lit} is the literal of an {@link TokenKind#INT} token (a 0 of its rep when
 * the literal was malformed: the lexer has already reported it, so parsing goes on as if it
 * were fine), null for other tokens.
 */
record Token(TokenKind kind, String text, Lit lit, Span span) {

    boolean is(TokenKind k) {
        return kind == k;
    }

    /** Longest token text quoted in a diagnostic; a megabyte name is cut. */
    private static final int QUOTED_MAX = 60;

    /** How a diagnostic names what it found. */
    String describe() {
        String text = text().length() <= QUOTED_MAX ? text() : text().substring(0, QUOTED_MAX) + "...";
        switch (kind) {
            case VAR: return "variable '" + text + "'";
            case CON: return "constructor '" + text + "'";
            case INT: return "literal '" + text + "'";
            case PRIMOP: return "primitive operation '" + text + "'";
            case STRING: return "string " + text;
            case EOF: return "end of file";
            default: return "'" + text + "'";
        }
    }
}
