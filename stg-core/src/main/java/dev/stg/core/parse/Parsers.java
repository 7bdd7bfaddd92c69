package dev.stg.core.parse;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.SourceFile;

import java.util.List;

/** Parses a file in either dialect; both give the same AST. */
public final class Parsers {

    private Parsers() {
    }

    public static List<Binding> parse(SourceFile source, Dialect dialect, Diagnostics diags) {
        return dialect == Dialect.MINISTG ? MinistgParser.parse(source, diags) : NativeParser.parse(source, diags);
    }
}
