package dev.stg.core.syntax;

/**
 * A region of a source file, 1-based lines and columns; the end is exclusive.
 * Spans are metadata: tree equality that should ignore them goes through {@link SpanEraser}.
 */
public record Span(String file, int line, int column, int endLine, int endColumn) {

    /** For nodes made by a pass (nesting, desugaring) rather than read from a file. */
    public static final Span NONE = new Span("<none>", 0, 0, 0, 0);

    public static Span point(String file, int line, int column) {
        return new Span(file, line, column, line, column + 1);
    }

    /** The smallest span covering both; the file is this one's. */
    public Span to(Span end) {
        if (this == NONE) return end;
        if (end == NONE) return this;
        return new Span(file, line, column, end.endLine, end.endColumn);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** {@code file:line:column}, the prefix of every diagnostic. */
    public String location() {
        return file + ":" + line + ":" + column;
    }
}
