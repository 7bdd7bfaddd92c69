package dev.stg.interp.gc;

import dev.stg.interp.code.InfoTable;
import dev.stg.interp.heap.Header;
import dev.stg.interp.heap.Heap;
import dev.stg.interp.heap.Stack;
import org.eclipse.collections.api.list.primitive.MutableLongList;

import java.util.BitSet;

/**
 * Checks the heap right after a collection (GC-stress mode): every object has a valid object
 * header, every pointer in the heap, the stack, the live registers and the pinned roots lands
 * on the start of an object, and no live edge demands a field the collector replaced by DEAD
 * (an ordinary pointer demands every field; a parent pointer the fields in its mask). A root
 * the machine forgot to report, or a mask that is too small, shows up here at once.
 */
final class SanityChecker {

    private final Heap heap;
    private final Stack stack;
    private final InfoTable[] tables;
    private final BitSet starts = new BitSet();

    SanityChecker(Heap heap, Stack stack, InfoTable[] tables) {
        this.heap = heap;
        this.stack = stack;
        this.tables = tables;
    }

    void check(long[] locals, int[] liveSlots, MutableLongList pinned) {
        long[] words = heap.words;
        int at = Heap.DEAD_ADDRESS;
        while (at < heap.hp) {
            starts.set(at);
            at += sizeOf(words[at], at);
        }
        if (at != heap.hp) fail("objects overrun the allocation pointer: " + at + " > " + heap.hp);
        at = Heap.DEAD_ADDRESS;
        while (at < heap.hp) {
            long header = words[at];
            InfoTable info = tables[Header.info(header)];
            if (Header.isUpdated(header)) pointer(words[at + 1], "update slot of " + at);
            int first = at + info.firstField;
            for (int i = 0; i < info.fieldCount(); i++) {
                if (info.fieldTypes[i] != InfoTable.INT) {
                    String where = "field " + i + " of " + info + " at " + at;
                    pointer(words[first + i], where);
                    demandsNoDeadField(info.fieldTypes[i], info.parentMask[i], words[first + i], where);
                }
            }
            at = first + info.fieldCount();
        }
        int top = stack.sp - 1;
        while (top >= 0) {
            int index = (int) stack.words[top];
            if (index < 0 || index >= tables.length || !tables[index].kind.isFrame()) {
                fail("stack word " + top + " is not a frame header");
            }
            InfoTable frame = tables[index];
            int base = top - frame.fieldCount();
            for (int i = 0; i < frame.fieldCount(); i++) {
                if (frame.fieldTypes[i] != InfoTable.INT) {
                    String where = "slot " + i + " of " + frame;
                    pointer(stack.words[base + i], where);
                    demandsNoDeadField(frame.fieldTypes[i], frame.parentMask[i], stack.words[base + i], where);
                }
            }
            top = base - 1;
        }
        for (int slot : liveSlots) {
            pointer(locals[slot], "register " + slot);
            demandsNoDeadField(InfoTable.PTR, 0, locals[slot], "register " + slot);
        }
        for (int i = 0; i < pinned.size(); i++) pointer(pinned.get(i), "pinned root " + i);
    }

    /** An edge from live data must not lead to a DEAD field it may read. */
    private void demandsNoDeadField(byte type, long parentMask, long target, String where) {
        if (target == Heap.DEAD_ADDRESS) return;
        long demand = type == InfoTable.PTR ? InfoTable.ALL_FIELDS : parentMask;
        long[] words = heap.words;
        long header = words[(int) target];
        InfoTable info = tables[Header.info(header)];
        if (Header.isUpdated(header) && demand == InfoTable.ALL_FIELDS && words[(int) target + 1] == Heap.DEAD_ADDRESS) {
            fail(where + " leads to the updated thunk " + info + " at " + target + " whose value is DEAD");
        }
        int first = (int) target + info.firstField;
        for (int i = 0; i < info.fieldCount(); i++) {
            boolean demanded = i < 63 ? (demand >>> i & 1) != 0 : demand == InfoTable.ALL_FIELDS;
            if (demanded && info.fieldTypes[i] != InfoTable.INT && words[first + i] == Heap.DEAD_ADDRESS) {
                fail(where + " demands field " + i + " of " + info + " at " + target + ", which is DEAD");
            }
        }
    }

    private int sizeOf(long header, int at) {
        if ((header & Header.FORWARDED) != 0) fail("forwarding header left at " + at);
        int index = Header.info(header);
        if (index < 0 || index >= tables.length) fail("bad info index " + index + " at " + at);
        InfoTable info = tables[index];
        if (info.kind.isFrame()) fail("frame info " + info + " on a heap object at " + at);
        return info.firstField + info.fieldCount();
    }

    private void pointer(long p, String where) {
        if (p <= 0 || p >= heap.hp || !starts.get((int) p)) fail("dangling pointer " + p + " in " + where);
    }

    private static void fail(String message) {
        throw new IllegalStateException("heap sanity check failed: " + message);
    }
}
