package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

/** The operator of an {@link GhcExpr.OpApp}. */
public sealed interface GhcOp {

    Span span();

    /** A primop of GHC.Prim, by its unqualified name: {@code +#}, {@code quotRemInt#}, {@code raise#}. */
    record PrimOp(String name, Span span) implements GhcOp {
    }

    /**
     * A foreign call, {@code __ffi_static_ccall_unsafe main:putchar :: [c void#]}: GHC 9.0.2
     * prints the safety in the keyword ({@code unsafe}, {@code safe}, {@code interruptible}),
     * then the unit that declared the import and the C symbol.
     */
    record ForeignCall(String safety, String unit, String label, Span span) implements GhcOp {
    }
}
