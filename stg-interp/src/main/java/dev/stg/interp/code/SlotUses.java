package dev.stg.interp.code;

import org.eclipse.collections.api.map.primitive.MutableIntLongMap;
import org.eclipse.collections.impl.map.mutable.primitive.IntLongHashMap;

import java.util.BitSet;
import java.util.function.IntUnaryOperator;

/**
 * What a piece of code reads from the register file before writing it: every slot read (for
 * liveness: heap-check roots and what a case frame saves), the slots whose pointer escapes as a
 * value, and, for the node and cached ancestors, which of their fields are read or demanded by
 * the parent edges copied from them. A case frame that saves a node or an ancestor only for its
 * fields then holds a masked parent edge, so the frame keeps alive no more than flat code would.
 */
final class SlotUses {

    final BitSet reads = new BitSet();
    final BitSet values = new BitSet();
    final MutableIntLongMap fields = new IntLongHashMap();

    /**
     * An operand read as a value.
     *
     * @param firstField the first field's offset of the object in a base slot, -1 if not a base
     */
    void value(int operand, IntUnaryOperator firstField) {
        int slot = Operand.slotRead(operand);
        if (slot < 0) return;
        reads.set(slot);
        if (Operand.kind(operand) == Operand.FIELD) {
            int field = Operand.offset(operand) - firstField.applyAsInt(slot);
            fields.put(slot, fields.get(slot) | (field < 63 ? 1L << field : InfoTable.ALL_FIELDS));
        } else {
            values.set(slot);
        }
    }

    /** A pointer copied into a new closure's parent field that demands {@code mask} of it. */
    void parentEdge(int operand, long mask, IntUnaryOperator firstField) {
        if (Operand.kind(operand) == Operand.LOCAL && firstField.applyAsInt(Operand.payload(operand)) >= 0) {
            int slot = Operand.payload(operand);
            reads.set(slot);
            fields.put(slot, fields.get(slot) | mask);
        } else {
            value(operand, firstField);
        }
    }

    void values(int[] operands, IntUnaryOperator firstField) {
        for (int operand : operands) value(operand, firstField);
    }

    SlotUses addAll(SlotUses other) {
        reads.or(other.reads);
        values.or(other.values);
        other.fields.forEachKeyValue((slot, mask) -> fields.put(slot, fields.get(slot) | mask));
        return this;
    }

    /** The slots a binding writes are not read before it. */
    SlotUses without(int... written) {
        for (int slot : written) {
            reads.clear(slot);
            values.clear(slot);
            fields.remove(slot);
        }
        return this;
    }

    /** The demand a saved base slot's parent edge must carry. */
    long fieldDemand(int slot) {
        return fields.get(slot);
    }
}
