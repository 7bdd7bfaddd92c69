package dev.stg.interp.code;

import dev.stg.core.syntax.Span;
import org.eclipse.collections.api.map.primitive.MutableLongObjectMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every info table of a program, indexed by the number stored in headers, and the one place
 * shapes are made (docs/machine.md, "Info tables and layouts").
 *
 * <p>A layout is one thing: a kind and its field types. Argument-frame and PAP shapes are
 * interned by layout, so two call sites pushing the same kinds of argument share a table. The
 * rules that reshape arguments (over-saturation, building and unpacking a PAP) derive their
 * shapes here; each derivation is remembered by the indices it came from, so the run loop
 * finds it again without allocating.
 *
 * <p>CodeGen fills the program's tables and {@link #seal}s them: a compiled program is then
 * immutable and may be run by several machines on several threads at once. Each machine works
 * on {@link #forMachine()}, which sees the program's tables and adds the shapes derived while
 * it runs after them (copied on its first addition, so starting a machine costs nothing).
 */
public final class InfoTables {

    private static final int REST = 1;
    private static final int PAP_OF = 2;
    private static final int MERGED = 3;

    /** The sealed program tables a machine's tables extend; null for a program's own. */
    private final InfoTables program;
    private InfoTable[] tables;
    private int size;
    private boolean sealed;
    private final Map<String, InfoTable> byLayout = new HashMap<>();
    private final MutableLongObjectMap<InfoTable> derived = new LongObjectHashMap<>();

    public final InfoTable dead;
    public final InfoTable stopFrame;
    public final InfoTable updateFrame;

    public InfoTables() {
        program = null;
        tables = new InfoTable[64];
        dead = add(Kind.DEAD, "DEAD", Span.NONE, 0, false, new byte[0], null);
        stopFrame = add(Kind.STOP_FRAME, "stop", Span.NONE, 0, false, new byte[0], null);
        updateFrame = add(Kind.UPDATE_FRAME, "update", Span.NONE, 0, false, new byte[]{InfoTable.PTR}, null);
    }

    private InfoTables(InfoTables program) {
        this.program = program;
        this.tables = program.tables;
        this.size = program.size;
        this.dead = program.dead;
        this.stopFrame = program.stopFrame;
        this.updateFrame = program.updateFrame;
    }

    /** Ends compilation: from now on only {@link #forMachine()} copies grow. */
    public void seal() {
        sealed = true;
    }

    /** The tables one machine runs with: the program's, then the shapes it derives. */
    public InfoTables forMachine() {
        if (!sealed) throw new IllegalStateException("a program's info tables are sealed before it runs");
        return new InfoTables(this);
    }

    /** A closure or frame table (FUN, THUNK, CASE_FRAME, and the machine's own). */
    public InfoTable add(Kind kind, String name, Span span, int arity, boolean updatable, byte[] fieldTypes,
                         long[] parentMask) {
        if (kind == Kind.CON) throw new IllegalArgumentException("constructors are made by constructor()");
        return add(kind, name, span, arity, -1, -1, updatable, fieldTypes, parentMask);
    }

    /** The table of constructor {@code name}: GHC's {@code tag}, numbered {@code alt} for case alternatives. */
    public InfoTable constructor(String name, int tag, int alt, byte[] fieldTypes) {
        return add(Kind.CON, name, Span.NONE, 0, tag, alt, false, fieldTypes, null);
    }

    private InfoTable add(Kind kind, String name, Span span, int arity, int tag, int alt, boolean updatable,
                          byte[] fieldTypes, long[] parentMask) {
        if (sealed) throw new IllegalStateException("the info tables of a compiled program are sealed");
        if (program != null && tables == program.tables) tables = Arrays.copyOf(tables, Math.max(16, size * 2));
        if (size == tables.length) tables = Arrays.copyOf(tables, size * 2);
        Demand[] demands = new Demand[fieldTypes.length];
        for (int i = 0; parentMask != null && i < demands.length; i++) {
            if (fieldTypes[i] == InfoTable.PARENT) demands[i] = Demand.of(parentMask[i]);
        }
        InfoTable table = new InfoTable(size, kind, name, span, arity, tag, alt, updatable, fieldTypes, demands);
        tables[size++] = table;
        return table;
    }

    public InfoTable get(int index) {
        return tables[index];
    }

    public int size() {
        return size;
    }

    public List<InfoTable> all() {
        return List.of(Arrays.copyOf(tables, size));
    }

    /** A dense array for the collector. */
    public InfoTable[] toArray() {
        return Arrays.copyOf(tables, size);
    }

    // ---------------------------------------------------------------- argument and PAP shapes

    /** The argument-frame shape for arguments of these field types ({@link InfoTable#INT} or PTR each). */
    public InfoTable args(byte[] argTypes) {
        return interned(Kind.ARGS_FRAME, argTypes);
    }

    /** After over-saturation: the frame of the arguments beyond the first {@code dropped}. */
    public InfoTable restOf(InfoTable args, int dropped) {
        long key = key(REST, args.index, dropped);
        InfoTable shape = derived.get(key);
        if (shape == null) {
            shape = args(Arrays.copyOfRange(args.fieldTypes, dropped, args.fieldTypes.length));
            derived.put(key, shape);
        }
        return shape;
    }

    /** The PAP that holds a function and the arguments of the frame {@code args}: field 0 is the function. */
    public InfoTable papOf(InfoTable args) {
        long key = key(PAP_OF, args.index, 0);
        InfoTable shape = derived.get(key);
        if (shape == null) {
            shape = interned(Kind.PAP, concat(new byte[]{InfoTable.PTR}, args.fieldTypes));
            derived.put(key, shape);
        }
        return shape;
    }

    /** Unpacking a PAP onto a frame: the PAP's arguments, then the frame's. */
    public InfoTable merged(InfoTable pap, InfoTable args) {
        long key = key(MERGED, pap.index, args.index);
        InfoTable shape = derived.get(key);
        if (shape == null) {
            shape = args(concat(Arrays.copyOfRange(pap.fieldTypes, 1, pap.fieldTypes.length), args.fieldTypes));
            derived.put(key, shape);
        }
        return shape;
    }

    private static long key(int derivation, int from, int with) {
        return (long) derivation << 62 | (long) from << 31 | with;
    }

    private InfoTable interned(Kind kind, byte[] types) {
        String layout = kind.name() + ':' + new String(types, StandardCharsets.ISO_8859_1);
        InfoTable table = program == null ? null : program.byLayout.get(layout);
        if (table == null) table = byLayout.get(layout);
        if (table == null) {
            int n = kind == Kind.PAP ? types.length - 1 : types.length;
            table = add(kind, (kind == Kind.PAP ? "PAP/" : "ARGS/") + n, Span.NONE, n, -1, -1, false, types, null);
            byLayout.put(layout, table);
        }
        return table;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
