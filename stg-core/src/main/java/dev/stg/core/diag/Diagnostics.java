package dev.stg.core.diag;

import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the diagnostics of one front-end run, so a file reports all its errors, not just
 * the first, and renders them with the offending line and a caret.
 */
public final class Diagnostics {

    private final List<Diagnostic> errors = new ArrayList<>();
    private final Map<String, SourceFile> sources = new HashMap<>();

    public void addSource(SourceFile source) {
        sources.put(source.name(), source);
    }

    public void error(Span span, String message) {
        errors.add(new Diagnostic(span, message));
    }

    public void error(Span span, String message, String expected) {
        errors.add(new Diagnostic(span, message, expected));
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
        for (Diagnostic d : errors()) render(d, out);
        return out.toString();
    }

    private void render(Diagnostic d, StringBuilder out) {
        Span span = d.span();
        out.append(span.isKnown() ? span.location() : span.file()).append(": error: ").append(d.message()).append('\n');
        SourceFile source = sources.get(span.file());
        if (source != null && span.isKnown()) {
            String line = source.line(span.line());
            String number = String.valueOf(span.line());
            String gutter = " ".repeat(number.length());
            out.append(' ').append(number).append(" | ").append(line.replace('\t', ' ')).append('\n');
            int width = span.endLine() == span.line() ? Math.max(1, span.endColumn() - span.column()) : 1;
            width = Math.max(1, Math.min(width, line.length() - span.column() + 1));
            out.append(' ').append(gutter).append(" | ").append(" ".repeat(Math.max(0, span.column() - 1)))
                    .append("^".repeat(width)).append('\n');
        }
        if (!d.expected().isEmpty()) out.append("  expected: ").append(d.expected()).append('\n');
    }
}
