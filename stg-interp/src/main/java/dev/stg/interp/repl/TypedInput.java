package dev.stg.interp.repl;

import dev.stg.core.diag.Diagnostic;
import dev.stg.core.diag.Diagnostics;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.parse.Dialect;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One input typed at the prompt that is not a command: global bindings, or an expression.
 * An expression becomes the global {@code it}, a non-updatable closure with no free variables,
 * so the front end checks that its free variables are globals like any other binding's.
 */
final class TypedInput {

    /** The global an expression is bound to while it is evaluated, and that names its value afterwards. */
    static final String IT = "it";

    /**
     * Earlier values of {@code it} that the current one reads are kept as globals {@code it~N}:
     * no typed name contains {@code ~}, so they never clash with the user's.
     */
    static boolean isHidden(String global) {
        return global.startsWith(IT + "~");
    }

    static String hidden(int input) {
        return IT + "~" + input;
    }

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
     * The expression typed as {@code source}, as the binding {@code it} with its spans in the
     * typed text.
     */
    static Binding expression(SourceFile source, Dialect dialect) {
        String prefix = dialect == Dialect.MINISTG ? IT + " = THUNK(" : IT + " = \\ -> ";
        String suffix = dialect == Dialect.MINISTG ? ");" : "";
        SpanShift shift = new SpanShift(prefix.length(), source.line(1));
        Diagnostics diags = new Diagnostics();
        Program parsed = Workspace.parse(new SourceFile(source.name(), prefix + source.text() + suffix), dialect, diags);
        if (diags.hasErrors()) {
            Diagnostics typed = new Diagnostics();
            typed.addSource(source);
            for (Diagnostic d : diags.errors()) typed.error(shift.span(d.span()), d.message(), d.expected());
            throw new StaticErrorException(typed);
        }
        return shift.binding(parsed.bindings().get(0));
    }
}
