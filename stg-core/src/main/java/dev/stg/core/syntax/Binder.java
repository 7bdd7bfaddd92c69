package dev.stg.core.syntax;

/** An occurrence of a name where it is bound: a binding, parameter, or pattern variable. */
public record Binder(String name, Span span) {
}
