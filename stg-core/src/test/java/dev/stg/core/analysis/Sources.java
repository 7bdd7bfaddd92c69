package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.parse.NativeParser;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;

import static org.assertj.core.api.Assertions.assertThat;

/** Test programs written in the native dialect, parsed from text lines. */
final class Sources {

    static final String FILE = "t.stg";

    private Sources() {
    }

    static SourceFile file(String... lines) {
        return new SourceFile(FILE, String.join("\n", lines) + "\n");
    }

    /** Parses a program that must be syntactically valid; {@code diags} learns the source. */
    static Program parse(Diagnostics diags, String... lines) {
        Program program = NativeParser.parse(file(lines), diags);
        assertThat(diags.render()).as("syntax errors").isEmpty();
        return program;
    }

    static Program parse(String... lines) {
        return parse(new Diagnostics(), lines);
    }

    static Span span(int line, int column, int endColumn) {
        return new Span(FILE, line, column, line, endColumn);
    }
}
