package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

/** {@code binder = rhs;}. */
public record GhcBinding(GhcBinder binder, GhcRhs rhs, Span span) {
}
