package dev.stg.interp.gc;

import dev.stg.interp.code.InfoTable;
import dev.stg.interp.code.InfoTables;
import dev.stg.interp.heap.Header;
import dev.stg.interp.heap.Heap;
import dev.stg.interp.heap.Stack;
import dev.stg.interp.stats.Stats;
import org.eclipse.collections.api.list.primitive.MutableLongList;

/**
 * A Cheney copying collector. It knows nothing about closures beyond their info tables: the
 * size of an object or frame, which words are pointers, and where the update slot of an
 * updated thunk is (GHC's Scav.c: one case per layout, no guessing).
 *
 * <p>Roots: updated CAFs in the static region, every stack frame, the live pointer slots of
 * the register file named by the allocation site, and the pointers pinned by Java code.
 * Indirections (updated thunks) are short-circuited when reached through ordinary pointers.
 * The space grows (doubling) when live data passes half of it, up to {@code --heap-max}.
 */
public final class Collector {

    private final Heap heap;
    private final Stack stack;
    private final InfoTables infoTables;
    private final Stats stats;
    private final boolean sanityChecks;
    private InfoTable[] tables;
    private long[] from;
    private long[] to;
    private int free;
    /** The previous space, reused as the next to-space when the size has not changed. */
    private long[] spare;

    public Collector(Heap heap, Stack stack, InfoTables infoTables, Stats stats, boolean sanityChecks) {
        this.heap = heap;
        this.stack = stack;
        this.infoTables = infoTables;
        this.stats = stats;
        this.sanityChecks = sanityChecks;
    }

    /**
     * Collects, leaving at least {@code needed} free words.
     *
     * @param locals    the register file
     * @param liveSlots the slots of {@code locals} that hold live pointers
     * @param pinned    pointers held by Java code, updated in place
     */
    public void collect(long[] locals, int[] liveSlots, MutableLongList pinned, int needed) {
        long started = System.nanoTime();
        tables = infoTables.toArray();
        from = heap.words;
        to = spare != null && spare.length == from.length ? spare : allocate(from.length);
        int staticEnd = heap.staticEnd;
        System.arraycopy(from, 0, to, 0, staticEnd);
        free = staticEnd;

        scavengeStaticRoots(staticEnd);
        scavengeStack();
        for (int slot : liveSlots) locals[slot] = evacuate(locals[slot]);
        for (int i = 0; i < pinned.size(); i++) pinned.set(i, evacuate(pinned.get(i)));
        scavengeToSpace(staticEnd);

        int live = free - staticEnd;
        spare = from;
        heap.words = to;
        heap.hp = free;
        growIfNeeded(live, needed);
        if (sanityChecks) new SanityChecker(heap, stack, tables).check(locals, liveSlots, pinned);

        stats.gcCount++;
        stats.gcCopiedWords += live;
        if (live > stats.maxResidencyWords) stats.maxResidencyWords = live;
        stats.gcNanos += System.nanoTime() - started;
        from = null;
        to = null;
    }

    /** CAFs are static; once updated, their values are in the dynamic heap. */
    private void scavengeStaticRoots(int staticEnd) {
        int at = Heap.FIRST_STATIC;
        while (at < staticEnd) {
            long header = to[at];
            InfoTable info = tables[Header.info(header)];
            if (Header.isUpdated(header)) to[at + 1] = evacuate(to[at + 1]);
            at += info.firstField + info.fieldCount();
        }
    }

    private void scavengeStack() {
        long[] words = stack.words;
        int top = stack.sp - 1;
        while (top >= 0) {
            InfoTable frame = tables[(int) words[top]];
            int base = top - frame.fieldCount();
            byte[] types = frame.fieldTypes;
            for (int i = 0; i < types.length; i++) {
                if (types[i] != InfoTable.INT) words[base + i] = evacuate(words[base + i]);
            }
            top = base - 1;
        }
    }

    private void scavengeToSpace(int scan) {
        while (scan < free) {
            long header = to[scan];
            InfoTable info = tables[Header.info(header)];
            if (Header.isUpdated(header)) to[scan + 1] = evacuate(to[scan + 1]);
            int first = scan + info.firstField;
            byte[] types = info.fieldTypes;
            for (int i = 0; i < types.length; i++) {
                if (types[i] != InfoTable.INT) to[first + i] = evacuate(to[first + i]);
            }
            scan = first + types.length;
        }
    }

    /** Copies the object at {@code address} (once) and returns its new address. */
    private long evacuate(long address) {
        int staticEnd = heap.staticEnd;
        int p = (int) address;
        while (true) {
            if (p < staticEnd) return p;
            long header = from[p];
            if ((header & Header.FORWARDED) != 0) return (int) header;
            if (Header.isUpdated(header)) {
                p = (int) from[p + 1];
                continue;
            }
            InfoTable info = tables[Header.info(header)];
            if (info.kind.isFrame()) throw new IllegalStateException("pointer to a frame info at " + p);
            int size = info.firstField + info.fieldCount();
            int at = free;
            System.arraycopy(from, p, to, at, size);
            free += size;
            from[p] = Header.FORWARDED | at;
            return at;
        }
    }

    private void growIfNeeded(int live, int needed) {
        int staticEnd = heap.staticEnd;
        long want = (long) staticEnd + live + needed;
        int capacity = heap.words.length;
        if (want * 2 <= capacity && want <= capacity) return;
        long grown = Math.min(heap.maxWords, Math.max((long) capacity * 2, want * 2));
        if (want > grown) {
            throw new HeapExhaustedException("heap exhausted: " + live + " live words and a request of " + needed
                    + " do not fit in --heap-max " + heap.maxWords + " words");
        }
        if (grown > capacity) {
            long[] bigger = allocate((int) grown);
            System.arraycopy(heap.words, 0, bigger, 0, heap.hp);
            heap.words = bigger;
            spare = null;
        }
    }

    private static long[] allocate(int words) {
        try {
            return new long[words];
        } catch (OutOfMemoryError e) {
            throw new HeapExhaustedException("heap exhausted: the JVM could not provide " + words
                    + " words; lower --heap-max or raise the JVM's -Xmx");
        }
    }
}
