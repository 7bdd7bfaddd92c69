package dev.stg.bench;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.code.CompiledProgram;
import dev.stg.interp.run.ProgramRunner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

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
        CheckedProgram checked = Frontend.load(sources, Optional.empty());
        CheckedProgram moded = Nesting.rewrite(checked, NestingOptions.of(ClosureMode.parse(closures)), sources,
                Frontend.Main.REQUIRED);
        return ProgramRunner.compile(moded, access);
    }

    /** The text of samples/bench/{@code file} (a program or its golden output), packaged into the jar. */
    public static String sample(String file) {
        String resource = "/samples/bench/" + file;
        try (InputStream in = BenchProgram.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no benchmark program " + resource + " in the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
