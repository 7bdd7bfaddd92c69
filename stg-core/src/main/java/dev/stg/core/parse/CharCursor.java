package dev.stg.core.parse;

import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;

/** A position in a source text that knows its line and column, for building spans. */
final class CharCursor {

    private final String file;
    private final String text;
    private int offset;
    private int line = 1;
    private int column = 1;

    CharCursor(SourceFile source) {
        this.file = source.name();
        this.text = source.text();
    }

    boolean atEnd() {
        return offset >= text.length();
    }

    /** The character {@code ahead} places on, or NUL past the end. */
    char peek(int ahead) {
        int at = offset + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    char peek() {
        return peek(0);
    }

    /** The text from here to the end (a view for reading one code point). */
    CharSequence peekRest() {
        return text.subSequence(offset, Math.min(text.length(), offset + 2));
    }

    boolean startsWith(String s) {
        return text.startsWith(s, offset);
    }

    void advance() {
        if (text.charAt(offset) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        offset++;
    }

    void advance(int n) {
        for (int i = 0; i < n && !atEnd(); i++) advance();
    }

    Mark mark() {
        return new Mark(offset, line, column);
    }

    String textFrom(Mark start) {
        return text.substring(start.offset, offset);
    }

    Span spanFrom(Mark start) {
        return new Span(file, start.line, start.column, line, column);
    }

    record Mark(int offset, int line, int column) {
    }
}
