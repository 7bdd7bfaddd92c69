package dev.stg.core.syntax;

/** {@code name = lambda-form}, at top level (a global) or in a let/letrec group. */
public record Binding(Binder binder, LambdaForm lambda) {

    public String name() {
        return binder.name();
    }

    public Span span() {
        return binder.span().to(lambda.span());
    }
}
