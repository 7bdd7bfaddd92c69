package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

/** Ends the parse of a dump at its first error; the parser turns it into a diagnostic. */
final class GhcParseError extends RuntimeException {

    final transient Span span;
    final String expected;

    GhcParseError(Span span, String message, String expected) {
        super(message, null, false, false);
        this.span = span;
        this.expected = expected;
    }
}
