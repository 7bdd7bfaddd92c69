package dev.stg.interp.dump;

import dev.stg.interp.code.InfoTable;
import dev.stg.interp.code.Kind;

/** An info table as a heap dump describes it; {@code tag} is a constructor's tag, -1 for other kinds. */
public record DumpInfo(int index, Kind kind, String name, String source, int arity, int tag, boolean updatable,
                       int firstField, byte[] fieldTypes, long[] parentMasks) {

    public int fieldCount() {
        return fieldTypes.length;
    }

    /** Words of a heap object of this table, header included. */
    public int objectWords() {
        return firstField + fieldTypes.length;
    }

    public boolean isParent(int field) {
        return fieldTypes[field] == InfoTable.PARENT;
    }

    /** {@code name (file:line:col)}, as the machine's own messages name info tables. */
    public String describe() {
        return source == null ? name : name + " (" + source + ")";
    }
}
