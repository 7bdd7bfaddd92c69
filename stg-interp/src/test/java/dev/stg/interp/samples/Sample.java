package dev.stg.interp.samples;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.io.InputFile;
import dev.stg.core.syntax.SourceFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A program under {@code samples/} with its golden file: {@code X.out} holds the exact
 * expected output, {@code X.err} a phrase the runtime error message must contain; {@code X.in}
 * is the program's stdin and {@code X.stdout} the exact bytes it must write there (none when
 * absent); {@code X.args} holds its arguments, words on one line. Every sample runs with the
 * repository root as its working directory (where its {@code stg_file_open} paths start). A sample
 * whose first line says {@value #WITH_PRELUDE} is run after {@code lib/Prelude.stg}, as
 * {@code stg run lib/Prelude.stg X.stg} runs it.
 */
public record Sample(Path file, String name, Optional<String> expectedOutput, Optional<String> expectedError,
                     byte[] stdin, byte[] expectedStdout, List<String> args) {

    /** The repository root: surefire passes it; from an IDE, walk up to the folder holding samples/. */
    public static Path root() {
        String property = System.getProperty("stg.root");
        Path start = property != null ? Path.of(property) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples")) && Files.exists(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("cannot find the repository root from " + start);
    }

    public static List<Sample> all() {
        Path samples = root().resolve("samples");
        try (Stream<Path> files = Files.walk(samples)) {
            return files.filter(f -> f.toString().endsWith(".stg")).sorted()
                    .map(f -> of(f, samples.relativize(f).toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Sample named(String relative) {
        Path samples = root().resolve("samples");
        return of(samples.resolve(relative), relative);
    }

    private static Sample of(Path file, String name) {
        String base = file.toString().substring(0, file.toString().length() - ".stg".length());
        return new Sample(file, name, read(Path.of(base + ".out")), read(Path.of(base + ".err")),
                bytes(Path.of(base + ".in")), bytes(Path.of(base + ".stdout")), words(Path.of(base + ".args")));
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.exists(path) ? Files.readAllBytes(path) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(Path path) {
        return read(path).map(line -> List.of(line.split("\\s+"))).orElse(List.of());
    }

    private static Optional<String> read(Path path) {
        try {
            return Files.exists(path) ? Optional.of(Files.readString(path).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isBench() {
        return name.startsWith("bench/");
    }

    public static final String WITH_PRELUDE = "(with lib/Prelude.stg)";

    public SourceFile source() {
        return sourceAt(file);
    }

    /** The files the program is made of, in loading order: the Prelude first when it needs it. */
    public List<SourceFile> sources() {
        SourceFile own = source();
        if (!own.line(1).contains(WITH_PRELUDE)) return List.of(own);
        return List.of(sourceAt(root().resolve("lib/Prelude.stg")), own);
    }

    private static SourceFile sourceAt(Path path) {
        try {
            return InputFile.source(path);
        } catch (InputFile.Unreadable e) {
            throw new IllegalStateException(e.getMessage());
        }
    }

    public CheckedProgram load() {
        return Frontend.load(sources(), Optional.empty());
    }

    @Override
    public String toString() {
        return name;
    }
}
