package dev.stg.interp.cli;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.io.InputFile;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.parse.Dialect;
import dev.stg.core.syntax.SourceFile;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files named on a command line, read, checked and rewritten for a closure mode; a
 * failure is reported as every command reports it (unreadable file: usage error; static
 * errors: rendered diagnostics).
 */
final class ProgramLoader {

    /** The program, or null with the exit status the command returns. */
    /** The checked program and the sources it was read from, or (program null) the exit status of a failure. */
    record Loaded(CheckedProgram program, List<SourceFile> sources, int status) {
        boolean failed() {
            return program == null;
        }
    }

    private ProgramLoader() {
    }

    static Loaded load(String command, List<Path> files, Optional<Dialect> dialect, NestingOptions nesting,
                       PrintWriter err) {
        try {
            List<SourceFile> sources = InputFile.sources(files);
            CheckedProgram flat = Frontend.load(sources, dialect);
            return new Loaded(Nesting.rewrite(flat, nesting, sources, Frontend.Main.REQUIRED), sources, Main.OK);
        } catch (InputFile.Unreadable e) {
            err.println(command + ": " + e.getMessage());
            return new Loaded(null, List.of(), Main.USAGE);
        } catch (StaticErrorException e) {
            err.print(e.render());
            err.flush();
            return new Loaded(null, List.of(), Main.STATIC_ERROR);
        }
    }
}
