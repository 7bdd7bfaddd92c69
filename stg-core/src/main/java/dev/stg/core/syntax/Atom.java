package dev.stg.core.syntax;

/** An argument: a variable or a literal. */
public sealed interface Atom permits Var, Lit {

    Span span();
}
