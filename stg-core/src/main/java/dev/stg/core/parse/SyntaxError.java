package dev.stg.core.parse;

/**
 * Unwinds the recursive descent to the nearest recovery point. It never leaves the parsers:
 * its diagnostic has already been recorded when it is thrown.
 */
final class SyntaxError extends RuntimeException {

    SyntaxError() {
        super(null, null, false, false);
    }
}
