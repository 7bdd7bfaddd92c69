package dev.stg.interp.cli;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.ghc.GhcLink;
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
        return attempt(command, err, () -> {
            List<SourceFile> sources = InputFile.sources(files);
            CheckedProgram flat = Frontend.load(sources, dialect);
            return new Loaded(Nesting.rewrite(flat, nesting, sources, Frontend.Main.REQUIRED), sources, Main.OK);
        });
    }

    /**
     * The program as written, not nested; with {@code value}, the files are GHC dumps whose
     * top-level value {@code value} is printed (as {@code stg ghc --main} does).
     */
    static Loaded loadFlat(String command, List<Path> files, Optional<Dialect> dialect, Optional<String> value,
                           PrintWriter err) {
        return attempt(command, err, () -> {
            List<SourceFile> sources = InputFile.sources(files);
            if (value.isEmpty()) return new Loaded(Frontend.load(sources, dialect), sources, Main.OK);
            for (SourceFile source : sources) {
                if (dialect.orElse(Dialect.detect(source.text())) != Dialect.GHC) {
                    throw new InputFile.Unreadable("--main names a value of GHC dumps, and " + source.name()
                            + " is not a GHC dump");
                }
            }
            return new Loaded(Frontend.loadGhc(sources, new GhcLink.Entry.Value(value.get())), sources, Main.OK);
        });
    }

    private interface Step {
        Loaded run() throws InputFile.Unreadable;
    }

    private static Loaded attempt(String command, PrintWriter err, Step step) {
        try {
            return step.run();
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
