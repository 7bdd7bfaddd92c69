package dev.stg.core.syntax;

/**
 * An unboxed literal: an atom, and an expression on its own. {@code value} is the machine word:
 * the integer for Int# and Word# (Word# as its two's-complement bits), the code point for
 * Char#, {@link Double#doubleToRawLongBits} for Double# and Float#. An Addr# literal
 * {@code "text"#} carries its bytes (each char of {@code bytes} is one byte, 0-255) and its
 * value is assigned when the program's static bytes are laid out, so it is 0 here.
 */
public record Lit(Rep rep, long value, String bytes, Span span) implements Atom, Expr.Atomic {

    public Lit {
        if (rep == Rep.POINTER) throw new IllegalArgumentException("a literal is unboxed");
        if ((rep == Rep.ADDR) != (bytes != null)) {
            throw new IllegalArgumentException("an Addr# literal, and only it, has bytes");
        }
    }

    /** An Int# literal {@code 42#}. */
    public Lit(long value, Span span) {
        this(Rep.INT, value, null, span);
    }

    public static Lit word(long bits, Span span) {
        return new Lit(Rep.WORD, bits, null, span);
    }

    public static Lit character(int codePoint, Span span) {
        return new Lit(Rep.CHAR, codePoint, null, span);
    }

    public static Lit doubleLit(double value, Span span) {
        return new Lit(Rep.DOUBLE, Double.doubleToRawLongBits(value), null, span);
    }

    public static Lit floatLit(float value, Span span) {
        return new Lit(Rep.FLOAT, Double.doubleToRawLongBits(value), null, span);
    }

    /** {@code "text"#}: {@code latin1Bytes} holds one byte (0-255) per char. */
    public static Lit addr(String latin1Bytes, Span span) {
        return new Lit(Rep.ADDR, 0, latin1Bytes, span);
    }

    /** The same literal at another place (passes that rebuild trees keep every literal's rep). */
    public Lit withSpan(Span at) {
        return new Lit(rep, value, bytes, at);
    }

    public double asDouble() {
        return Double.longBitsToDouble(value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.lit(this);
    }
}
