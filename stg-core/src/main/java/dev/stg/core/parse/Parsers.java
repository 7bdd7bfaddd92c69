package dev.stg.core.parse;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;

/** Parses a file of a source dialect; GHC's dumps are imported together instead ({@code Frontend.parse}). */
public final class Parsers {

    private Parsers() {
    }

    public static Program parse(SourceFile source, Dialect dialect, Diagnostics diags) {
        if (dialect == Dialect.GHC) throw new IllegalArgumentException("GHC's dumps are imported with the other modules: GhcLink.link");
        return dialect == Dialect.MINISTG ? new Program(MinistgParser.parse(source, diags)) : NativeParser.parse(source, diags);
    }
}
