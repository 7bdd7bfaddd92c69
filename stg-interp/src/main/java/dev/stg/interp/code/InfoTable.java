package dev.stg.interp.code;

import dev.stg.core.syntax.Span;

/**
 * The layout and behaviour of every heap object and stack frame of one shape. The collector
 * reads only this to scavenge (GHC's InfoTables.h): which payload words are pointers, which
 * are parent pointers and which of the parent's fields they keep alive.
 *
 * <p>Heap objects: word 0 is the header (this table's index plus flag bits, see
 * {@link dev.stg.interp.heap.Header}); updatable thunks have an update slot at word 1; the
 * fields start at {@link #firstField}. Stack frames: the header word is on top, the
 * {@link #size} payload words below it.
 */
public final class InfoTable {

    /** Field type: an unboxed Int#. */
    public static final byte INT = 0;
    /** Field type: a heap pointer, kept alive entirely. */
    public static final byte PTR = 1;
    /** Field type: a parent pointer, keeping alive only the parent fields in {@link #parentMask}. */
    public static final byte PARENT = 2;

    /** A parent mask that demands every field: a superset (plain nested) edge. */
    public static final long ALL_FIELDS = -1L;

    /**
     * Whether a demand mask demands a field. Bit i stands for field i below 63; bit 63 stands
     * for the update slot and every field from 63 on. Partial masks never set bit 63 (an edge
     * reaching a field beyond 62 demands the whole parent), so bit 63 means "fully demanded":
     * in {@link #ALL_FIELDS}, and in the delta the collector rescans when a partially scanned
     * object becomes fully demanded.
     */
    public static boolean demands(long mask, int field) {
        return field < 63 ? (mask >>> field & 1) != 0 : mask < 0;
    }

    public final int index;
    public final Kind kind;
    public final String name;
    public final Span span;
    /** FUN: parameters; CON: constructor tag; PAP and ARGS_FRAME: arguments held. */
    public final int arity;
    /** Offset of the first field from the header: 2 for updatable thunks, 1 otherwise; 0 for frames. */
    public final int firstField;
    /** Field types, one per field ({@link #INT}, {@link #PTR}, {@link #PARENT}). */
    public final byte[] fieldTypes;
    /** For PARENT fields, the bitmask of the parent's fields (by field index) this edge demands. */
    public final long[] parentMask;
    /** Whether a THUNK is updatable (has an update slot and pushes an update frame). */
    public final boolean updatable;
    /** FUN and THUNK: the compiled body; CASE_FRAME: the continuation. */
    Object code;

    InfoTable(int index, Kind kind, String name, Span span, int arity, boolean updatable, byte[] fieldTypes,
              long[] parentMask) {
        this.index = index;
        this.kind = kind;
        this.name = name;
        this.span = span;
        this.arity = arity;
        this.updatable = updatable;
        this.firstField = kind.isFrame() ? 0 : (kind == Kind.THUNK && updatable ? 2 : 1);
        this.fieldTypes = fieldTypes;
        this.parentMask = parentMask;
    }

    public int fieldCount() {
        return fieldTypes.length;
    }


    public boolean isPointerField(int field) {
        return fieldTypes[field] != INT;
    }

    public LambdaCode lambda() {
        return (LambdaCode) code;
    }

    public CaseContinuation continuation() {
        return (CaseContinuation) code;
    }

    /** {@code name (file:line:col)}, for messages and traces. */
    public String describe() {
        return span != null && span.isKnown() ? name + " (" + span.location() + ")" : name;
    }

    @Override
    public String toString() {
        return kind + " " + describe();
    }
}
