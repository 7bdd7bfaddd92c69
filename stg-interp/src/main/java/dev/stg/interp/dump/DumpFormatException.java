package dev.stg.interp.dump;

import dev.stg.core.diag.Diagnostic;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.io.InputFile;

import java.nio.file.Path;

/** A heap dump or heap profile that cannot be read: where, and what was expected there. */
public final class DumpFormatException extends Exception {

    public DumpFormatException(String message) {
        super(message, null, false, false);
    }

    /**
     * The first bytes of {@code file} that are not UTF-8, as {@code file:line:col}: a buffered
     * decoder fails ahead of the reader's position, so the file is scanned again to say where.
     */
    static DumpFormatException notUtf8(Path file, String what) throws InputFile.Unreadable {
        try {
            InputFile.source(file);
            return new DumpFormatException(file + ": not UTF-8 (" + what + ")");
        } catch (StaticErrorException e) {
            Diagnostic first = e.errors().get(0);
            return new DumpFormatException(first.span().location() + ": " + first.message() + " (" + what + ")");
        }
    }
}
