package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

/** An argument: a variable or a literal (STG's arguments are always atoms). */
public sealed interface GhcAtom {

    Span span();

    record Var(GhcName name) implements GhcAtom {
        @Override
        public Span span() {
            return name.span();
        }
    }

    record Lit(GhcLiteral literal) implements GhcAtom {
        @Override
        public Span span() {
            return literal.span();
        }
    }
}
