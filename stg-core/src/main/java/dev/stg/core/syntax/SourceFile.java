package dev.stg.core.syntax;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The text of one input file, kept so diagnostics can quote the offending line. */
public record SourceFile(String name, String text) {

    public static SourceFile read(Path path) throws IOException {
        return new SourceFile(path.toString(), Files.readString(path));
    }

    public List<String> lines() {
        return text.lines().toList();
    }

    /** The 1-based line, or the empty string past the end. */
    public String line(int line) {
        List<String> lines = lines();
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }
}
