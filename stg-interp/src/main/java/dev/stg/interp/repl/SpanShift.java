package dev.stg.interp.repl;

import dev.stg.core.syntax.Span;

/**
 * Moves the spans of a tree parsed from a wrapped expression ({@code it = \ -> EXPR}) back to
 * where they are in the text as typed: the wrapper only widens line 1, by {@code shift}
 * columns; the wrapper's own tokens land on column 1. Errors and traces then point at what
 * the user typed.
 */
final class SpanShift extends TreeRewriter {

    private final int shift;
    private final int firstLineEnd;

    SpanShift(int shift, String firstLine) {
        this.shift = shift;
        this.firstLineEnd = firstLine.length() + 1;
    }

    @Override
    Span span(Span span) {
        if (!span.isKnown() || span.line() != 1) return span;
        int column = Math.min(firstLineEnd, Math.max(1, span.column() - shift));
        int endColumn = span.endLine() == 1 ? Math.max(column + 1, span.endColumn() - shift) : span.endColumn();
        return new Span(span.file(), 1, column, span.endLine(), endColumn);
    }
}
