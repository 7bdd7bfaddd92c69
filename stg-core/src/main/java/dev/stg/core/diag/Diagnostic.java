package dev.stg.core.diag;

import dev.stg.core.syntax.Span;

/**
 * One static error: where, what is wrong, and what was expected instead.
 *
 * @param expected what would have been right, or empty when the message says it all
 */
public record Diagnostic(Span span, String message, String expected) {

    public Diagnostic(Span span, String message) {
        this(span, message, "");
    }
}
