package dev.stg.interp.code;

import dev.stg.core.syntax.Rep;
import dev.stg.core.syntax.Span;

/**
 * The layout and behaviour of every heap object and stack frame of one shape. The collector
 * reads only this to scavenge (GHC's InfoTables.h): which payload words are pointers, which
 * are parent pointers and which of the parent's fields they keep alive. docs/machine.md
 * ("Info tables and layouts") describes every kind.
 *
 * <p>Heap objects: word 0 is the header (this table's index plus flag bits, see
 * {@link dev.stg.interp.heap.Header}); updatable thunks have an update slot at word 1; the
 * fields start at {@link #firstField}; {@link #words} is the whole object. Stack frames: the
 * header word is on top, the {@link #fieldCount} payload words below it.
 */
public final class InfoTable {

    /** Field type: an unboxed Int#. */
    public static final byte INT = 0;
    /** Field type: a heap pointer, kept alive entirely. */
    public static final byte PTR = 1;
    /** Field type: a parent pointer, keeping alive only what {@link #parentDemand} names of the parent. */
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
    /** FUN: parameters; PAP and ARGS_FRAME: arguments held; 0 for the other kinds. */
    public final int arity;
    /**
     * CON: the constructor's tag, as GHC's {@code dataToTag#} returns it: its position in its
     * data declaration, or for an undeclared constructor its number in the program; -1 otherwise.
     */
    public final int tag;
    /**
     * CON: the constructor's number in the program, which case alternatives index by: unique, so
     * constructors of different declarations never share an alternative; -1 otherwise.
     */
    public final int alt;
    /** Offset of the first field from the header: 2 for updatable thunks, 1 otherwise; 0 for frames. */
    public final int firstField;
    /** Field types, one per field ({@link #INT}, {@link #PTR}, {@link #PARENT}). */
    public final byte[] fieldTypes;
    /** For PARENT fields, what of the parent (its fields, and beyond) this edge demands; null for other fields. */
    public final Demand[] parentDemand;
    /**
     * The variable each field holds, null where the field has only a position (constructor
     * arguments, PAP and argument-frame words): free variables of a FUN or THUNK (a parent
     * field is named by its nested entry's head), the saved variables of a CASE_FRAME. For
     * heap dumps, {@code heap show} and the step view.
     */
    public final String[] fieldNames;
    /** CON: what each field holds (which unboxed rep, for the value printer); null for other kinds. */
    private Rep[] fieldReps;
    /** Whether a THUNK is updatable (has an update slot and pushes an update frame). */
    public final boolean updatable;
    /** FUN and THUNK: the compiled body, set once by {@link LambdaCode}'s constructor. */
    private LambdaCode lambda;
    /** CASE_FRAME: the continuation, set once the alternatives are compiled. */
    private CaseContinuation continuation;

    InfoTable(int index, Kind kind, String name, Span span, int arity, int tag, int alt, boolean updatable,
              byte[] fieldTypes, Demand[] parentDemand) {
        this.index = index;
        this.kind = kind;
        this.name = name;
        this.span = span;
        this.arity = arity;
        this.tag = tag;
        this.alt = alt;
        this.updatable = updatable;
        this.firstField = kind.isFrame() ? 0 : (kind == Kind.THUNK && updatable ? 2 : 1);
        this.fieldTypes = fieldTypes;
        this.parentDemand = parentDemand;
        this.fieldNames = new String[fieldTypes.length];
    }

    public int fieldCount() {
        return fieldTypes.length;
    }

    /** The fields of the parent that PARENT field {@code field} demands, as a mask ({@link #demands}). */
    public long parentMask(int field) {
        return parentDemand[field] == null ? 0 : parentDemand[field].mask();
    }

    /** The words a heap object of this table occupies: header, update slot if any, fields. */
    public int words() {
        return firstField + fieldTypes.length;
    }

    /** {@code field 2 (xs)}, or {@code field 2} for a field with only a position. */
    public String fieldLabel(int field) {
        return fieldNames[field] == null ? "field " + field : "field " + field + " (" + fieldNames[field] + ")";
    }

    public boolean isPointerField(int field) {
        return fieldTypes[field] != INT;
    }

    /** What field {@code field} of a constructor holds: its rep, or Int# for an unboxed field of unknown rep. */
    public Rep fieldRep(int field) {
        if (fieldReps != null && field < fieldReps.length) return fieldReps[field];
        return isPointerField(field) ? Rep.POINTER : Rep.INT;
    }

    void attach(Rep[] reps) {
        fieldReps = reps;
    }

    public LambdaCode lambda() {
        return lambda;
    }

    public CaseContinuation continuation() {
        return continuation;
    }

    /*
     * Code refers to info tables (a call names its callee's, a case its frame's) and info
     * tables to code, so CodeGen creates each table first and attaches its code when compiled.
     */
    void attach(LambdaCode code) {
        if (lambda != null) throw new IllegalStateException(this + " already has its code");
        lambda = code;
    }

    void attach(CaseContinuation code) {
        if (continuation != null) throw new IllegalStateException(this + " already has its continuation");
        continuation = code;
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
