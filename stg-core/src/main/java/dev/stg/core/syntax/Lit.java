package dev.stg.core.syntax;

/** A 64-bit Int# literal {@code 42#}: an atom, and an expression on its own. */
public record Lit(long value, Span span) implements Atom, Expr.Atomic {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.lit(this);
    }
}
