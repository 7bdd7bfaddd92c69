package dev.stg.interp.dump;

import dev.stg.interp.code.InfoTable;
import dev.stg.interp.code.Kind;

/**
 * An info table as a heap dump describes it; {@code tag} is a constructor's tag, -1 for other
 * kinds; {@code fieldNames} the variable each field holds, null where a field has only a position.
 */
public record DumpInfo(int index, Kind kind, String name, String source, int arity, int tag, boolean updatable,
                       int firstField, byte[] fieldTypes, long[] parentMasks, String[] fieldNames) {

    public int fieldCount() {
        return fieldTypes.length;
    }

    /** Words of a heap object of this table, header included. */
    public int objectWords() {
        return firstField + fieldTypes.length;
    }

    /** {@code field 2 (xs)}, or {@code field 2} for a field with only a position. */
    public String fieldLabel(int field) {
        return fieldNames[field] == null ? "field " + field : "field " + field + " (" + fieldNames[field] + ")";
    }

    public boolean isParent(int field) {
        return fieldTypes[field] == InfoTable.PARENT;
    }

    /** {@code name (file:line:col)}, as the machine's own messages name info tables. */
    public String describe() {
        return source == null ? name : name + " (" + source + ")";
    }
}
