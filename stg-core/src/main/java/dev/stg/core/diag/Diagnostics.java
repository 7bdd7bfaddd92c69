package dev.stg.core.diag;

import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the diagnostics of one front-end run, so a file reports all its errors, not just
 * the first, and renders them with the offending line and a caret.
 */
public final class Diagnostics {

    private final List<Diagnostic> errors = new ArrayList<>();
    private final Map<String, SourceFile> sources = new HashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();

    public void addSource(SourceFile source) {
        sources.put(source.name(), source);
    }

    public void error(Span span, String message) {
        errors.add(new Diagnostic(span, message));
    }

    public void error(Span span, String message, String expected) {
        errors.add(new Diagnostic(span, message, expected));
    }

    /**
     * A remark about a whole file, printed after the errors when that file has any (why the
     * file was read as it was, say).
     */
    public void note(String file, String note) {
        notes.computeIfAbsent(file, f -> new ArrayList<>()).add(note);
    }

    public int errorCount() {
        return errors.size();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The errors in source order (file, line, column), then in the order they were found. */
    public List<Diagnostic> errors() {
        List<Diagnostic> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing((Diagnostic d) -> d.span().file())
                .thenComparingInt(d -> d.span().line())
                .thenComparingInt(d -> d.span().column()));
        return sorted;
    }

    /** Throws {@link StaticErrorException} carrying every error collected so far, if any. */
    public void throwIfAny() {
        if (hasErrors()) throw new StaticErrorException(this);
    }

    /**
     * Renders every error as
     * <pre>
     * file:line:col: error: message
     *    3 |     f = \(x) a -> y
     *      |                   ^
     *   expected: ...
     * </pre>
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        List<Diagnostic> sorted = errors();
        Map<String, int[]> lineStarts = new HashMap<>();
        for (Diagnostic d : sorted) render(d, lineStarts, out);
        notes.forEach((file, fileNotes) -> {
            if (sorted.stream().anyMatch(d -> d.span().file().equals(file))) {
                fileNotes.forEach(note -> out.append(file).append(": note: ").append(note).append('\n'));
            }
        });
        return out.toString();
    }

    /** Characters of a quoted source line shown around the column; longer lines are cut with "...". */
    static final int EXCERPT = 120;
    /** Longest message or expectation printed whole; a longer one loses its middle. */
    static final int MESSAGE_MAX = 400;

    private void render(Diagnostic d, Map<String, int[]> lineStarts, StringBuilder out) {
        Span span = d.span();
        out.append(span.isKnown() ? span.location() : span.file()).append(": error: ").append(shorten(d.message()))
                .append('\n');
        SourceFile source = sources.get(span.file());
        if (source != null && span.isKnown()) {
            String text = source.text();
            int[] starts = lineStarts.computeIfAbsent(span.file(), f -> lineStarts(text));
            int lineStart = span.line() <= starts.length ? starts[span.line() - 1] : text.length();
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') lineEnd--;
            quote(text, lineStart, lineEnd, span, out);
        }
        if (!d.expected().isEmpty()) out.append("  expected: ").append(shorten(d.expected())).append('\n');
    }

    /**
     * The source line with a caret under the span: at most {@link #EXCERPT} characters around
     * the column, tabs as spaces and other control characters escaped ({@code \0}, {@code \x1B}),
     * so a megabyte line or a binary file prints a readable excerpt.
     */
    private static void quote(String text, int lineStart, int lineEnd, Span span, StringBuilder out) {
        int at = Math.min(lineEnd, lineStart + Math.max(0, span.column() - 1));
        int spanEnd = span.endLine() == span.line() ? Math.min(lineEnd, lineStart + span.endColumn() - 1) : at + 1;
        int from = lineStart;
        int to = lineEnd;
        if (to - from > EXCERPT) {
            from = Math.max(lineStart, at - EXCERPT / 2);
            to = Math.min(lineEnd, from + EXCERPT);
            from = Math.max(lineStart, to - EXCERPT);
        }
        StringBuilder shown = new StringBuilder(from > lineStart ? "..." : "");
        int caret = -1;
        int caretEnd = -1;
        for (int i = from; i <= to; i++) {
            if (i == at) caret = shown.length();
            if (i == Math.max(at + 1, spanEnd)) caretEnd = shown.length();
            if (i < to) escape(text.charAt(i), shown);
        }
        if (caretEnd < 0) caretEnd = shown.length();
        if (to < lineEnd) shown.append("...");
        String number = String.valueOf(span.line());
        out.append(' ').append(number).append(" | ").append(shown).append('\n');
        out.append(' ').append(" ".repeat(number.length())).append(" | ").append(" ".repeat(caret))
                .append("^".repeat(Math.max(1, caretEnd - caret))).append('\n');
    }

    private static void escape(char c, StringBuilder out) {
        if (c == '\t') {
            out.append(' ');
        } else if (c == 0) {
            out.append("\\0");
        } else if (c < 0x20 || c == 0x7F) {
            out.append(String.format("\\x%02X", (int) c));
        } else {
            out.append(c);
        }
    }

    /** Offsets where each line starts: lines end at '\n', as the lexers count them. */
    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[line++] = i + 1;
        return starts;
    }

    /** A text to print in a diagnostic: control characters escaped, a long one cut in the middle. */
    public static String shorten(String message) {
        StringBuilder out = new StringBuilder();
        if (message.length() <= MESSAGE_MAX) {
            for (int i = 0; i < message.length(); i++) escape(message.charAt(i), out);
            return out.toString();
        }
        int head = MESSAGE_MAX * 2 / 3;
        int tail = MESSAGE_MAX - head;
        for (int i = 0; i < head; i++) escape(message.charAt(i), out);
        out.append(" ... (").append(message.length() - head - tail).append(" characters) ... ");
        for (int i = message.length() - tail; i < message.length(); i++) escape(message.charAt(i), out);
        return out.toString();
    }
}
