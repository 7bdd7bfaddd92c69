package dev.stg.interp.cli;

import dev.stg.core.syntax.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the files named on the command line, or says which one cannot be read. */
final class SourceFiles {

    /** A file named on the command line that cannot be read: a usage error. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private SourceFiles() {
    }

    static List<SourceFile> read(List<Path> paths) throws Unreadable {
        List<SourceFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) throw new Unreadable(path + ": is a directory, not a program file");
            if (!Files.isRegularFile(path)) throw new Unreadable(path + ": no such file");
            try {
                files.add(SourceFile.read(path));
            } catch (IOException e) {
                throw new Unreadable(path + ": cannot read: " + e.getMessage());
            }
        }
        return files;
    }
}
