package dev.stg.interp.cli;

import dev.stg.core.parse.Dialect;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.Optional;

/** {@code --dialect} of the commands that read program files. */
final class DialectFlag {

    @Option(names = "--dialect", paramLabel = "DIALECT",
            description = "native, ministg or ghc (default: detected per file).")
    String dialect;

    /** The dialect chosen, or empty to detect it per file; a usage error names a bad one. */
    Optional<Dialect> chosen() {
        if (dialect == null) return Optional.empty();
        try {
            return Optional.of(Dialect.valueOf(dialect.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--dialect must be native, ministg or ghc, not '" + dialect + "'");
        }
    }
}
