package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

/** Ends the import of one top-level binding group; {@link GhcImport} records it as a diagnostic. */
final class ImportError extends RuntimeException {

    final transient Span span;

    ImportError(Span span, String message) {
        super(message, null, false, false);
        this.span = span;
    }
}
