package dev.stg.interp.code;

import dev.stg.core.syntax.Span;

/**
 * The alternatives of a case, resolved for selection without search on constructors: the
 * constructor tag indexes {@link #altByTag}. Literal alternatives are few and searched.
 */
public final class Alternatives {

    /** One alternative: the slots its pattern variables go to (-1: unused) and its body. */
    public record Alt(int[] fieldSlots, Code body) {
    }

    /** Constructor tag -> index into {@link #alts}, -1 when only the default matches; null for literal cases. */
    public final int[] altByTag;
    public final long[] literals;
    public final Alt[] alts;
    /** The default or variable alternative, or null. */
    public final Code defaultBody;
    /** The slot a variable alternative binds, or -1. */
    public final int defaultBinder;
    /**
     * The kind of value the alternatives take apart: {@link InfoTable#PTR} (constructor
     * patterns, or a boxed variable), {@link InfoTable#INT} (literals, or an Int# variable), or
     * {@link #ANY} (only a default that binds nothing). A value of the other kind returned here
     * through an unknown call is an error, not a value to misread.
     */
    public final byte expects;
    public final Span span;

    public static final byte ANY = -1;
    /** An unboxed tuple returned in registers: {@link #alts} holds its one alternative. */
    public static final byte TUPLE = 3;
    /** For {@link #TUPLE}: how many components, and which are pointers (bit i for component i). */
    public final int tupleArity;
    public final long tuplePointers;

    public Alternatives(int[] altByTag, long[] literals, Alt[] alts, Code defaultBody, int defaultBinder,
                        boolean defaultBinderIsInt, Span span) {
        this.altByTag = altByTag;
        this.literals = literals;
        this.alts = alts;
        this.defaultBody = defaultBody;
        this.defaultBinder = defaultBinder;
        this.expects = altByTag != null ? InfoTable.PTR : literals.length > 0 ? InfoTable.INT
                : defaultBinder < 0 ? ANY : defaultBinderIsInt ? InfoTable.INT : InfoTable.PTR;
        this.span = span;
        this.tupleArity = -1;
        this.tuplePointers = 0;
    }

    /** The alternative of a case on an unboxed tuple: it binds the components to {@code alt}'s slots. */
    public Alternatives(Alt alt, long tuplePointers, Span span) {
        this.altByTag = null;
        this.literals = new long[0];
        this.alts = new Alt[] {alt};
        this.defaultBody = null;
        this.defaultBinder = -1;
        this.expects = TUPLE;
        this.span = span;
        this.tupleArity = alt.fieldSlots().length;
        this.tuplePointers = tuplePointers;
    }
}
