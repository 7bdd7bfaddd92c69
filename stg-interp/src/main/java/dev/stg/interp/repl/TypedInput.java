package dev.stg.interp.repl;

import dev.stg.core.diag.Diagnostic;
import dev.stg.core.diag.Diagnostics;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.parse.Dialect;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One input typed at the prompt that is not a command: global bindings, or an expression.
 * An expression becomes the global {@code it}, a non-updatable closure with no free variables,
 * so the front end checks that its free variables are globals like any other binding's.
 */
final class TypedInput {

    /** The global an expression is bound to while it is evaluated. */
    static final String IT = "it";

    private static final Pattern BINDING = Pattern.compile("^\\s*[a-z_][A-Za-z0-9_'#]*\\s*=(?![=>])");

    private TypedInput() {
    }

    static boolean isBinding(String input) {
        return BINDING.matcher(input).find();
    }

    /** The bindings of {@code source}, read in ministg's dialect if they look like it, else natively. */
    static List<Binding> bindings(SourceFile source) {
        Diagnostics diags = new Diagnostics();
        Program parsed = Workspace.parse(source, Dialect.detect(source.text()), diags);
        diags.throwIfAny();
        return parsed.bindings();
    }

    /**
     * An expression wrapped as the binding {@code it}.
     *
     * @param shift how many characters the wrapper adds before the typed text on line 1
     */
    record Expression(Binding binding, SourceFile typed, int shift) {

        /** {@code error} with the spans in the typed text placed as typed (the wrapper only widens line 1). */
        StaticErrorException relocate(StaticErrorException error, List<SourceFile> otherSources) {
            Diagnostics diags = new Diagnostics();
            otherSources.forEach(diags::addSource);
            diags.addSource(typed);
            for (Diagnostic d : error.errors()) {
                Span span = d.span().file().equals(typed.name()) ? unshift(d.span()) : d.span();
                diags.error(span, d.message(), d.expected());
            }
            return new StaticErrorException(diags);
        }

        private Span unshift(Span span) {
            if (!span.isKnown() || span.line() != 1) return span;
            int lineEnd = typed.line(1).length() + 1;
            int column = Math.min(lineEnd, Math.max(1, span.column() - shift));
            int endColumn = span.endLine() == 1 ? Math.max(column + 1, span.endColumn() - shift) : span.endColumn();
            return new Span(span.file(), 1, column, span.endLine(), endColumn);
        }
    }

    /** The expression typed as {@code source}, wrapped as the binding {@code it}. */
    static Expression expression(SourceFile source, Dialect dialect) {
        String prefix = dialect == Dialect.MINISTG ? IT + " = THUNK(" : IT + " = \\ -> ";
        String suffix = dialect == Dialect.MINISTG ? ");" : "";
        SourceFile wrapped = new SourceFile(source.name(), prefix + source.text() + suffix);
        Diagnostics diags = new Diagnostics();
        Program parsed = Workspace.parse(wrapped, dialect, diags);
        Expression expression = new Expression(parsed.bindings().isEmpty() ? null : parsed.bindings().get(0),
                source, prefix.length());
        if (diags.hasErrors()) throw expression.relocate(new StaticErrorException(diags), List.of());
        return expression;
    }
}
