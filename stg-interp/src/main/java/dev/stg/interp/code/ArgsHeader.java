package dev.stg.interp.code;

/**
 * The header word of an ARGS frame: the shape's info-table index in the low 32 bits (every walk
 * of the stack reads a header as {@code (int) word}, so it sees the shape alone) and, in the high
 * 32 bits, the index of the call that pushed the arguments in {@link CompiledProgram#callSites()}.
 * The frames APPLY derives from one (the rest of an over-saturated call, a PAP's arguments merged
 * in) keep its call, so a fault found when the arguments are finally applied can name it; the
 * site costs no word of its own and no allocation.
 */
public final class ArgsHeader {

    private static final long SHAPE = 0xFFFF_FFFFL;

    private ArgsHeader() {
    }

    static long siteBits(int site) {
        return (long) site << 32;
    }

    /** The header of a frame of {@code shape} carrying the call site of {@code header}. */
    public static long withShape(long header, InfoTable shape) {
        return (header & ~SHAPE) | shape.index;
    }

    /** The index of the call that pushed the frame with this header. */
    public static int site(long header) {
        return (int) (header >>> 32);
    }
}
