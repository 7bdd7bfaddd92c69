package dev.stg.bench;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.ghc.GhcLink;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.code.CompiledProgram;
import dev.stg.interp.run.ProgramRunner;
import dev.stg.interp.run.Resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A benchmark's program, compiled once in the mode being measured. Setup work (parsing,
 * checking, the nesting rewrite, code generation) stays out of the timed runs.
 */
public final class BenchProgram {

    private BenchProgram() {
    }

    /** Compiles {@code text} with closures in the given mode ({@code --closures} spelling) and access strategy. */
    public static CompiledProgram compile(String name, String text, String closures, AccessStrategy access) {
        List<SourceFile> sources = List.of(new SourceFile(name, text));
        return nestAndCompile(Frontend.load(sources, Optional.empty()), sources, closures, access);
    }

    /**
     * Compiles GHC's dumps of a Haskell program (the library's first) whose IO {@code main} is
     * run, as {@code stg ghc} does.
     *
     * @throws IllegalStateException when the dumps do not import, with the diagnostics
     */
    public static CompiledProgram compileGhc(List<SourceFile> dumps, String closures, AccessStrategy access) {
        try {
            return nestAndCompile(Frontend.loadGhc(dumps, new GhcLink.Entry.Io()), dumps, closures, access);
        } catch (StaticErrorException e) {
            throw new IllegalStateException("GHC's STG does not import:\n" + e.render(), e);
        }
    }

    private static CompiledProgram nestAndCompile(CheckedProgram checked, List<SourceFile> sources, String closures,
                                                  AccessStrategy access) {
        CheckedProgram moded = Nesting.rewrite(checked, NestingOptions.of(ClosureMode.parse(closures)), sources,
                Frontend.Main.REQUIRED);
        return ProgramRunner.compile(moded, access);
    }

    /**
     * The committed dumps of samples/bench/hs/{@code module}.hs at {@code level} (O0 or O1),
     * after those of the project's Haskell library it was built on (samples/hs/lib/LEVEL):
     * samples/hs/regen.sh writes both, so no GHC is needed here.
     */
    public static List<SourceFile> haskellDumps(String module, String level) {
        List<SourceFile> dumps = new ArrayList<>();
        String library = "/samples/hs/lib/" + level;
        try (Stream<Path> files = Files.list(Resources.folder(BenchProgram.class, library))) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".dump-stg-final")).sorted().toList()) {
                dumps.add(new SourceFile(library.substring(1) + "/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the library's dumps " + library, e);
        }
        String program = "hs/" + level + "/" + module + ".dump-stg-final";
        dumps.add(new SourceFile("samples/bench/" + program, sample(program)));
        return dumps;
    }

    /** The text of samples/bench/{@code file} (a program or its golden output), packaged into the jar. */
    public static String sample(String file) {
        return resource("/samples/bench/" + file);
    }

    /** The text of a resource packaged into the jar. */
    static String resource(String resource) {
        try (InputStream in = BenchProgram.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no " + resource + " in the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
