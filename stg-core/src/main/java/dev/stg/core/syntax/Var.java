package dev.stg.core.syntax;

/** A use of a variable. */
public record Var(String name, Span span) implements Atom {
}
