package dev.stg.interp.gc;

import dev.stg.core.syntax.Span;
import dev.stg.interp.code.Demand;
import dev.stg.interp.code.InfoTable;
import dev.stg.interp.code.InfoTables;
import dev.stg.interp.code.Kind;
import dev.stg.interp.code.RegisterRoots;
import dev.stg.interp.heap.Header;
import dev.stg.interp.heap.Heap;
import dev.stg.interp.heap.Stack;
import dev.stg.interp.stats.Stats;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The collector on hand-built heaps: a parent P reached first through a partial parent edge
 * (a register read through for field 0), scanned for that demand, and only then demanded more
 * by a child it points to. The newly demanded fields must be scanned late (the rescan), the
 * others killed with DEAD; the sanity checker runs after each collection and fails on any
 * dangling pointer.
 */
class CollectorTest {

    private final InfoTables infos = new InfoTables();
    private final InfoTable leaf = infos.constructor("Leaf", 0, 0, new byte[0]);
    private Heap heap;

    /** P = FUN {Q, leaf, leaf, ...}; Q = FUN {edge to P of the given type and mask}. */
    private long[] collect(int parentFields, byte childEdge, long childMask) {
        byte[] parentTypes = new byte[parentFields];
        java.util.Arrays.fill(parentTypes, InfoTable.PTR);
        InfoTable parent = infos.add(Kind.FUN, "p", Span.NONE, 1, false, parentTypes, null);
        InfoTable child = infos.add(Kind.FUN, "q", Span.NONE, 1, false, new byte[]{childEdge}, new long[]{childMask});
        long[] image = new long[Heap.FIRST_STATIC];
        image[Heap.DEAD_ADDRESS] = infos.dead.index;
        heap = new Heap(image, 4096, 1 << 20);
        int p = allocate(parent);
        int q = allocate(child);
        heap.words[q + 1] = p;
        heap.words[p + 1] = q;
        for (int i = 1; i < parentFields; i++) {
            int l = allocate(leaf);
            heap.words[p + 1 + i] = l;
        }
        long[] registers = {p};
        RegisterRoots roots = new RegisterRoots(new int[0], new int[]{0}, new Demand[]{Demand.of(1L)}, new int[]{parent.index});
        new Collector(heap, new Stack(16, 16), infos, new Stats(), true, false)
                .collect(registers, roots, new LongArrayList(), 0);
        int moved = (int) registers[0];
        long[] fields = new long[parentFields];
        for (int i = 0; i < parentFields; i++) fields[i] = heap.words[moved + 1 + i];
        return fields;
    }

    private int allocate(InfoTable info) {
        int at = heap.hp;
        heap.words[at] = info.index;
        heap.hp += info.words();
        return at;
    }

    private boolean isLeaf(long address) {
        return Header.info(heap.words[(int) address]) == leaf.index;
    }

    @Test
    void demandAddedAfterTheScanIsRescanned() {
        long[] fields = collect(3, InfoTable.PARENT, 0b10);
        assertNotEquals(Heap.DEAD_ADDRESS, fields[1], "field 1, demanded by the child after P's scan");
        assertEquals(true, isLeaf(fields[1]));
        assertEquals(Heap.DEAD_ADDRESS, fields[2], "field 2, demanded by nobody");
    }

    @Test
    void upgradeToFullDemandScansEveryFieldIncludingThoseFrom63On() {
        long[] fields = collect(70, InfoTable.PTR, 0);
        for (int i = 1; i < 70; i++) {
            assertNotEquals(Heap.DEAD_ADDRESS, fields[i], "field " + i + " of a fully demanded parent");
            assertEquals(true, isLeaf(fields[i]), "field " + i);
        }
    }

    @Test
    void aFullParentEdgeAfterTheScanRescansEveryField() {
        long[] fields = collect(70, InfoTable.PARENT, InfoTable.ALL_FIELDS);
        assertEquals(true, isLeaf(fields[69]));
    }
}
