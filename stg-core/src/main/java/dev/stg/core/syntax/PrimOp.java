package dev.stg.core.syntax;

import java.util.Arrays;
import java.util.Optional;

/** Primitive operations on Int#. Comparisons give {@code 1#} or {@code 0#}. */
public enum PrimOp {
    ADD("+#", 2), SUB("-#", 2), MUL("*#", 2),
    /** Rounds toward negative infinity, as stgi; division by zero is a runtime error. */
    DIV("/#", 2),
    /** The remainder of {@link #DIV}: {@code Math.floorMod}. */
    MOD("%#", 2),
    EQ("==#", 2), NE("/=#", 2), LT("<#", 2), LE("<=#", 2), GT(">#", 2), GE(">=#", 2),
    NEGATE("negate#", 1),
    /** Raises a runtime error; the ministg dialect's {@code ERROR} object evaluates it. */
    ERROR("error#", 0);

    private final String symbol;
    private final int arity;

    PrimOp(String symbol, int arity) {
        this.symbol = symbol;
        this.arity = arity;
    }

    public String symbol() {
        return symbol;
    }

    public int arity() {
        return arity;
    }

    public static Optional<PrimOp> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(op -> op.symbol.equals(symbol)).findFirst();
    }
}
