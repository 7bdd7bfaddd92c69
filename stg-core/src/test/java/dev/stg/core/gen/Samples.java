package dev.stg.core.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The repository's samples/ folder of .stg programs, found from wherever the tests run. */
public final class Samples {

    private Samples() {
    }

    /** Every .stg file under samples/, sorted; empty while the folder does not exist. */
    public static List<Path> stgFiles() {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) return List.of();
        try (Stream<Path> files = Files.walk(folder.get(), FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(p -> p.toString().endsWith(".stg") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first folder up from the working directory that holds both samples/ and pom.xml. */
    static Optional<Path> folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return Optional.of(dir.resolve("samples"));
            }
        }
        return Optional.empty();
    }
}
