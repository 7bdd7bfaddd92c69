package dev.stg.core.parse;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.SpanEraser;

import static org.assertj.core.api.Assertions.assertThat;

/** Test shorthands: parse text that must be valid, or collect the rendered diagnostics of text that is not. */
final class Parsing {

    static final String FILE = "test.stg";

    private Parsing() {
    }

    /** The span-free program of valid native text. */
    static Program parseNative(String text) {
        return parseValid(text, Dialect.NATIVE);
    }

    static Program parseMinistg(String text) {
        return parseValid(text, Dialect.MINISTG);
    }

    /** The span-free body of {@code main = \ -> expression}. */
    static Expr expression(String expression) {
        return parseNative("main = \\ -> " + expression).bindings().get(0).lambda().body();
    }

    /** Everything the native parser reports for the text, rendered as the CLI prints it. */
    static String nativeErrors(String text) {
        return errors(text, Dialect.NATIVE);
    }

    static String ministgErrors(String text) {
        return errors(text, Dialect.MINISTG);
    }

    private static Program parseValid(String text, Dialect dialect) {
        Diagnostics diags = new Diagnostics();
        Program program = Parsers.parse(new SourceFile(FILE, text), dialect, diags);
        assertThat(diags.render()).as("diagnostics of %s", text).isEmpty();
        return SpanEraser.erase(program);
    }

    private static String errors(String text, Dialect dialect) {
        Diagnostics diags = new Diagnostics();
        Parsers.parse(new SourceFile(FILE, text), dialect, diags);
        return diags.render();
    }
}
