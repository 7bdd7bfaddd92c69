package dev.stg.interp.code;

import dev.stg.core.syntax.Span;
import org.eclipse.collections.api.map.primitive.MutableLongObjectMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every info table of a loaded program, indexed by the number stored in headers. PAP and
 * argument-frame shapes are made on demand (a PAP's shape is only known when it is built) and
 * interned by their argument bitmap, so the lookup on the apply path allocates nothing.
 */
public final class InfoTables {

    private final List<InfoTable> tables = new ArrayList<>();
    private final MutableLongObjectMap<InfoTable> papShapes = new LongObjectHashMap<>();
    private final MutableLongObjectMap<InfoTable> argsShapes = new LongObjectHashMap<>();
    private final Map<String, InfoTable> wideShapes = new HashMap<>();

    public final InfoTable dead;
    public final InfoTable stopFrame;
    public final InfoTable updateFrame;

    public InfoTables() {
        dead = add(Kind.DEAD, "DEAD", Span.NONE, 0, false, new byte[0], null);
        stopFrame = add(Kind.STOP_FRAME, "stop", Span.NONE, 0, false, new byte[0], null);
        updateFrame = add(Kind.UPDATE_FRAME, "update", Span.NONE, 0, false, new byte[]{InfoTable.PTR}, null);
    }

    public InfoTable add(Kind kind, String name, Span span, int arity, boolean updatable, byte[] fieldTypes,
                         long[] parentMask) {
        InfoTable table = new InfoTable(tables.size(), kind, name, span, arity, updatable, fieldTypes,
                parentMask == null ? new long[fieldTypes.length] : parentMask);
        tables.add(table);
        return table;
    }

    public InfoTable get(int index) {
        return tables.get(index);
    }

    public int size() {
        return tables.size();
    }

    public List<InfoTable> all() {
        return List.copyOf(tables);
    }

    /** A dense array for the run loop and the collector. */
    public InfoTable[] toArray() {
        return tables.toArray(new InfoTable[0]);
    }

    /**
     * The PAP shape holding {@code n} arguments whose pointer-ness is {@code argPointers}
     * (bit i for argument i); field 0 is the function.
     */
    public InfoTable pap(int n, long argPointers, boolean[] wideBits) {
        return shape(Kind.PAP, papShapes, n, argPointers, wideBits);
    }

    /** The argument-frame shape for {@code n} arguments, as {@link #pap}. */
    public InfoTable args(int n, long argPointers, boolean[] wideBits) {
        return shape(Kind.ARGS_FRAME, argsShapes, n, argPointers, wideBits);
    }

    private InfoTable shape(Kind kind, MutableLongObjectMap<InfoTable> cache, int n, long argPointers,
                            boolean[] wideBits) {
        if (n < 63) {
            long key = argPointers | (1L << n);
            InfoTable table = cache.get(key);
            if (table == null) {
                table = newShape(kind, n, i -> (argPointers >>> i & 1) != 0);
                cache.put(key, table);
            }
            return table;
        }
        StringBuilder key = new StringBuilder(kind.name());
        for (int i = 0; i < n; i++) key.append(wideBits[i] ? '1' : '0');
        return wideShapes.computeIfAbsent(key.toString(), k -> newShape(kind, n, i -> wideBits[i]));
    }

    private InfoTable newShape(Kind kind, int n, java.util.function.IntPredicate pointer) {
        int offset = kind == Kind.PAP ? 1 : 0;
        byte[] types = new byte[n + offset];
        if (kind == Kind.PAP) types[0] = InfoTable.PTR;
        for (int i = 0; i < n; i++) types[i + offset] = pointer.test(i) ? InfoTable.PTR : InfoTable.INT;
        String name = (kind == Kind.PAP ? "PAP/" : "ARGS/") + n;
        return add(kind, name, Span.NONE, n, false, types, null);
    }
}
