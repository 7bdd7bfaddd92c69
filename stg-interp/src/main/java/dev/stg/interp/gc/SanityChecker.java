package dev.stg.interp.gc;

import dev.stg.interp.code.Demand;
import dev.stg.interp.code.InfoTable;
import dev.stg.interp.code.RegisterRoots;
import dev.stg.interp.heap.Header;
import dev.stg.interp.heap.Heap;
import dev.stg.interp.heap.HeapWalk;
import dev.stg.interp.heap.Stack;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.api.map.primitive.IntObjectMap;

import java.util.BitSet;

/**
 * Checks the heap right after a collection (GC-stress mode): every object has a valid object
 * header, every pointer in the heap, the stack, the live registers and the pinned roots lands
 * on the start of an object, and no live edge demands a field the collector replaced by DEAD
 * (an ordinary pointer demands every field; a parent pointer what its {@link Demand} names,
 * down the parent chain through the objects the collector kept only for such edges: those
 * objects' own parent edges demanded nothing, so they are checked only as the edges into them
 * say). A root
 * the machine forgot to report, or a mask that is too small, shows up here at once, and so
 * does a register read through for fields (a base) that no longer holds an object of the
 * info table its code reads it at: the collector short-circuits ordinary pointers past
 * indirections, so a base it did not know of would now point to the value. Messages
 * are built only on failure: the checker runs after every collection of a stress run.
 */
final class SanityChecker {

    private static final int NONE = Integer.MIN_VALUE;
    private static final int UPDATE_SLOT = -1;

    /** The longest parent chain the checker follows before it calls the chain a cycle. */
    private static final int CHAIN_LIMIT = 10_000;

    private final Heap heap;
    private final Stack stack;
    private final InfoTable[] tables;
    /** The objects kept only for partial parent edges, with the union of those edges' demands. */
    private final IntObjectMap<Demand> partial;
    private final BitSet starts = new BitSet();

    SanityChecker(Heap heap, Stack stack, InfoTable[] tables, IntObjectMap<Demand> partial) {
        this.heap = heap;
        this.stack = stack;
        this.tables = tables;
        this.partial = partial;
    }

    void check(long[] locals, RegisterRoots liveSlots, MutableLongList pinned) {
        long[] words = heap.words;
        int end = HeapWalk.objects(words, Heap.DEAD_ADDRESS, heap.hp, tables, (at, header, info) -> {
            if (info.kind.isFrame()) fail("frame info " + info + " on a heap object at " + at);
            starts.set(at);
        });
        if (end != heap.hp) fail("objects overrun the allocation pointer: " + end + " > " + heap.hp);
        HeapWalk.objects(words, Heap.DEAD_ADDRESS, heap.hp, tables, (at, header, info) -> {
            if (Header.isUpdated(header) && !isObject(words[at + 1])) {
                fail("dangling pointer " + words[at + 1] + " in the update slot of " + info + " at " + at);
            }
            pointerFields(info, words, at + info.firstField, at);
        });
        HeapWalk.frames(stack.words, 0, stack.sp, tables,
                (top, base, frame) -> pointerFields(frame, stack.words, base, top));
        for (int slot : liveSlots.pointers()) register(locals, slot, Demand.ALL);
        for (int i = 0; i < liveSlots.bases().length; i++) {
            int slot = liveSlots.bases()[i];
            register(locals, slot, liveSlots.baseDemands()[i]);
            int expected = liveSlots.baseInfos()[i];
            int actual = Header.info(heap.words[(int) locals[slot]]);
            if (actual != expected) {
                fail("register " + slot + " is read through as " + tables[expected] + " but points to "
                        + tables[actual] + " at " + locals[slot]);
            }
        }
        for (int i = 0; i < pinned.size(); i++) {
            if (!isObject(pinned.get(i))) fail("dangling pointer " + pinned.get(i) + " in pinned root " + i);
        }
    }

    private void register(long[] locals, int slot, Demand demand) {
        if (!isObject(locals[slot])) fail("dangling pointer " + locals[slot] + " in register " + slot);
        demanded(demand, locals[slot], null, slot, -1, 0);
    }

    /**
     * A pointer field or frame slot: it must land on an object and demand no DEAD field. A null
     * {@code demand}: a parent field whose demand the edges into its holder decide (checked by
     * {@link #demanded}), so only where it lands is checked here.
     */
    private void edge(byte type, Demand demand, long target, InfoTable holder, int at, int field) {
        if (!isObject(target)) fail("dangling pointer " + target + " in field " + field + " of " + holder + " at " + at);
        Demand checked = type == InfoTable.PTR ? Demand.ALL : demand;
        if (checked != null) demanded(checked, target, holder, at, field, 0);
    }

    /**
     * No field {@code demand} names of {@code target} is DEAD; when the target was kept only for
     * partial edges, the same holds beyond its demanded parent fields, for what the demand keeps
     * there. The edge is field {@code field} of {@code holder} at {@code at}, or register
     * {@code at} when {@code holder} is null.
     */
    private void demanded(Demand demand, long target, InfoTable holder, long at, int field, int depth) {
        int dead = deadFieldDemanded(demand.mask(), target);
        if (dead != NONE) fail(edgeName(holder, at, field) + " demands " + describeDead(target, dead));
        if (!partial.containsKey((int) target)) return;
        if (depth > CHAIN_LIMIT) fail("a parent chain from " + edgeName(holder, at, field) + " is longer than " + CHAIN_LIMIT);
        InfoTable info = tables[Header.info(heap.words[(int) target])];
        int first = (int) target + info.firstField;
        for (int i = 0; i < info.fieldCount(); i++) {
            if (info.fieldTypes[i] == InfoTable.PARENT && demand.demands(i)) {
                demanded(demand.through(i, info), heap.words[first + i], info, target, i, depth + 1);
            }
        }
    }

    private static String edgeName(InfoTable holder, long at, int field) {
        return holder == null ? "register " + at : "field " + field + " of " + holder + " at " + at;
    }

    /** The demanded field of {@code target} that is DEAD ({@link #UPDATE_SLOT} for the value), or NONE. */
    private int deadFieldDemanded(long demand, long target) {
        if (target == Heap.DEAD_ADDRESS) return NONE;
        long[] words = heap.words;
        long header = words[(int) target];
        InfoTable info = tables[Header.info(header)];
        if (Header.isUpdated(header) && demand < 0 && words[(int) target + 1] == Heap.DEAD_ADDRESS) {
            return UPDATE_SLOT;
        }
        int first = (int) target + info.firstField;
        for (int i = 0; i < info.fieldCount(); i++) {
            if (InfoTable.demands(demand, i) && info.fieldTypes[i] != InfoTable.INT
                    && words[first + i] == Heap.DEAD_ADDRESS) {
                return i;
            }
        }
        return NONE;
    }

    private String describeDead(long target, int field) {
        InfoTable info = tables[Header.info(heap.words[(int) target])];
        return (field == UPDATE_SLOT ? "the value" : "field " + field) + " of " + info + " at " + target
                + ", which is DEAD";
    }

    private boolean isObject(long p) {
        return p > 0 && p < heap.hp && starts.get((int) p);
    }

    /**
     * Checks the pointer fields of an object or frame whose payload starts at {@code first}. The
     * parent edges of an object kept only for partial edges are checked by {@link #demanded}.
     */
    private void pointerFields(InfoTable holder, long[] words, int first, int at) {
        boolean keptPartially = !holder.kind.isFrame() && partial.containsKey(at);
        for (int i = 0; i < holder.fieldCount(); i++) {
            if (holder.fieldTypes[i] == InfoTable.INT) continue;
            edge(holder.fieldTypes[i], keptPartially ? null : holder.parentDemand[i], words[first + i], holder, at, i);
        }
    }

    private static void fail(String message) {
        throw new IllegalStateException("heap sanity check failed: " + message);
    }
}
