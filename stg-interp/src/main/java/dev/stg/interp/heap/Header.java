package dev.stg.interp.heap;

/**
 * The header word of a heap object: the info-table index in the low 32 bits, flag bits above.
 * A thunk keeps its info table when black-holed or updated, so its payload layout is always
 * known: parent pointers into updated thunks still read their fields.
 */
public final class Header {

    /** The thunk is under evaluation; entering it again is {@code <<loop>>}. */
    public static final long BLACKHOLE = 1L << 32;
    /** The thunk has been updated: its update slot holds the value (an indirection). */
    public static final long UPDATED = 1L << 33;
    /** During a collection: the object has moved; the low bits hold the new address. */
    public static final long FORWARDED = 1L << 40;

    private Header() {
    }

    public static int info(long header) {
        return (int) header;
    }

    public static boolean isUpdated(long header) {
        return (header & UPDATED) != 0;
    }

    public static boolean isBlackhole(long header) {
        return (header & BLACKHOLE) != 0;
    }
}
