package dev.stg.core.parse;

import dev.stg.core.syntax.Span;

/**
 * One token. {@code value} is the number of an {@link TokenKind#INT} (0 when the literal was
 * malformed: the lexer has already reported it, so parsing goes on as if it were fine).
 */
record Token(TokenKind kind, String text, long value, Span span) {

    boolean is(TokenKind k) {
        return kind == k;
    }

    /** How a diagnostic names what it found. */
    String describe() {
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
