package dev.stg.core.ghc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The committed GHC corpus, samples/ghc/, found from wherever the tests run. */
final class GhcCorpus {

    private GhcCorpus() {
    }

    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path ghc = dir.resolve("samples").resolve("ghc");
            if (Files.isDirectory(ghc) && Files.isRegularFile(dir.resolve("pom.xml"))) return ghc;
        }
        throw new IllegalStateException("samples/ghc not found above " + Path.of("").toAbsolutePath());
    }

    /** Every committed dump, O0/ then O1/, sorted. */
    static List<Path> dumps() {
        return Stream.of("O0", "O1").flatMap(level -> list(folder().resolve(level), ".dump-stg-final").stream()).toList();
    }

    /** The names of the corpus programs (X for X.hs). */
    static List<String> programs() {
        return list(folder(), ".hs").stream().map(p -> p.getFileName().toString().replace(".hs", "")).toList();
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
