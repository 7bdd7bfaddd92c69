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
    public final Span span;

    public Alternatives(int[] altByTag, long[] literals, Alt[] alts, Code defaultBody, int defaultBinder, Span span) {
        this.altByTag = altByTag;
        this.literals = literals;
        this.alts = alts;
        this.defaultBody = defaultBody;
        this.defaultBinder = defaultBinder;
        this.span = span;
    }
}
