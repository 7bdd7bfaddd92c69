package dev.stg.interp.gc;

import dev.stg.interp.code.Demand;
import dev.stg.interp.code.InfoTable;
import dev.stg.interp.code.InfoTables;
import dev.stg.interp.code.RegisterRoots;
import dev.stg.interp.heap.Header;
import dev.stg.interp.heap.Heap;
import dev.stg.interp.heap.HeapWalk;
import dev.stg.interp.heap.Stack;
import dev.stg.interp.log.LogLevel;
import dev.stg.interp.stats.Stats;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.api.map.primitive.MutableIntLongMap;
import org.eclipse.collections.api.map.primitive.MutableIntObjectMap;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntLongHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap;
import org.slf4j.LoggerFactory;

/**
 * A Cheney copying collector that knows closures only through their info tables: the size of
 * an object or frame, which words are pointers, which are parent pointers and which of the
 * parent's fields each parent pointer demands (GHC's Scav.c: one case per layout, no guessing).
 *
 * <p>Three kinds of edge:
 * <ul>
 *   <li>an ordinary pointer keeps its target entirely, and is short-circuited past
 *       indirections (updated thunks);</li>
 *   <li>a parent pointer with a full mask keeps its target entirely (update slot included)
 *       but is never short-circuited: the child reads fields at the parent's layout;</li>
 *   <li>a parent pointer with a partial {@link Demand} keeps its target's object and only the
 *       demanded fields; a demanded field that is itself a parent pointer keeps of the
 *       grandparent what the demand says lies beyond it (the child's path), not what the
 *       parent's own edge demands: a parent kept alive only by one child keeps no more than
 *       that child can read. A target reached only through such edges is scavenged for the
 *       union of their demands; when more demand arrives after it was scanned (another edge,
 *       or an ordinary pointer), the new fields are scanned then, and parent fields already
 *       scanned pass the extra demand on to their targets. At the end, the fields nobody
 *       demanded are overwritten with the static DEAD object, so no dangling pointer survives
 *       and nothing they held is retained.</li>
 * </ul>
 *
 * <p>Roots: updated CAFs in the static region, every stack frame, the live pointer slots of
 * the register file named by the allocation site, and the pointers pinned by Java code. The
 * space grows (doubling) when live data passes half of it, up to {@code --heap-max}.
 */
public final class Collector {

    /** Read once: SLF4J, and Logback behind it, start only when debug lines are printed. */
    private static final boolean DEBUG = LogLevel.debug();

    /** Bit 63 of a demand mask: the update slot (and every field past 62, see InfoTable.demands). */
    private static final long UPDATE_SLOT = Long.MIN_VALUE;

    private final Heap heap;
    private final Stack stack;
    private final InfoTables infoTables;
    private final Stats stats;
    private final boolean sanityChecks;
    private final boolean ignoreParentMasks;
    private InfoTable[] tables;
    private long[] from;
    private long[] to;
    private int free;
    private int scan;
    /** The previous space, reused as the next to-space when the size has not changed. */
    private long[] spare;
    /** To-space objects reached so far only through partial parent edges: the union of their demands. */
    private final MutableIntObjectMap<Demand> partial = new IntObjectHashMap<>();
    /** Scanned objects with fields demanded since their scan, waiting to be scanned (each listed once). */
    private final MutableIntList rescanObjects = new IntArrayList();
    /** The fields each object of {@link #rescanObjects} waits to have scanned. */
    private final MutableIntLongMap pendingFields = new IntLongHashMap();
    /** The fields of each object in {@link #partial} already scanned: their words point into to-space. */
    private final MutableIntLongMap scannedFields = new IntLongHashMap();

    /**
     * @param ignoreParentMasks treat every parent edge as demanding all fields: a debug switch
     *                          that exists only to show, in a test, the leak masks prevent
     */
    public Collector(Heap heap, Stack stack, InfoTables infoTables, Stats stats, boolean sanityChecks,
                     boolean ignoreParentMasks) {
        this.heap = heap;
        this.stack = stack;
        this.infoTables = infoTables;
        this.stats = stats;
        this.sanityChecks = sanityChecks;
        this.ignoreParentMasks = ignoreParentMasks;
    }

    /**
     * Collects, leaving at least {@code needed} free words.
     *
     * @param locals    the register file
     * @param liveSlots the slots of {@code locals} that hold live pointers
     * @param pinned    pointers held by Java code, updated in place
     */
    public void collect(long[] locals, RegisterRoots liveSlots, MutableLongList pinned, int needed) {
        long started = System.nanoTime();
        tables = infoTables.toArray();
        from = heap.words;
        to = spare != null && spare.length == from.length ? spare : allocate(from.length);
        int staticEnd = heap.staticEnd;
        System.arraycopy(from, 0, to, 0, staticEnd);
        free = staticEnd;
        scan = staticEnd;

        scavengeStaticRoots(staticEnd);
        scavengeStack();
        for (int slot : liveSlots.pointers()) locals[slot] = evacuate(locals[slot]);
        int[] bases = liveSlots.bases();
        for (int i = 0; i < bases.length; i++) {
            locals[bases[i]] = edge(InfoTable.PARENT, liveSlots.baseDemands()[i], locals[bases[i]]);
        }
        for (int i = 0; i < pinned.size(); i++) pinned.set(i, evacuate(pinned.get(i)));
        scavengeToSpace();
        killUndemandedFields();

        int live = free - staticEnd;
        spare = from;
        heap.words = to;
        heap.hp = free;
        growIfNeeded(live, needed);
        if (sanityChecks) new SanityChecker(heap, stack, tables, partial).check(locals, liveSlots, pinned);
        partial.clear();
        scannedFields.clear();

        stats.gcCount++;
        stats.gcCopiedWords += live;
        if (live > stats.maxResidencyWords) stats.maxResidencyWords = live;
        long elapsed = System.nanoTime() - started;
        stats.gcNanos += elapsed;
        if (DEBUG) {
            LoggerFactory.getLogger(Collector.class).debug("collection {}: {} live words, space {} words, {} us", stats.gcCount, live,
                    heap.words.length, elapsed / 1000);
        }
        from = null;
        to = null;
    }

    /** CAFs are static; once updated, their values are in the dynamic heap. */
    private void scavengeStaticRoots(int staticEnd) {
        HeapWalk.objects(to, Heap.FIRST_STATIC, staticEnd, tables, (at, header, info) -> {
            if (Header.isUpdated(header)) to[at + 1] = evacuate(to[at + 1]);
        });
    }

    private void scavengeStack() {
        long[] words = stack.words;
        HeapWalk.frames(words, 0, stack.sp, tables, (top, base, frame) -> {
            byte[] types = frame.fieldTypes;
            for (int i = 0; i < types.length; i++) {
                if (types[i] != InfoTable.INT) words[base + i] = edge(types[i], frame.parentDemand[i], words[base + i]);
            }
        });
    }

    /** Cheney's scan, interleaved with rescans of objects whose demand grew after their scan. */
    private void scavengeToSpace() {
        while (true) {
            if (scan < free) {
                int at = scan;
                InfoTable info = tables[Header.info(to[at])];
                scan = at + info.words();
                scavengeFields(at, InfoTable.ALL_FIELDS);
            } else if (!rescanObjects.isEmpty()) {
                int at = rescanObjects.removeAtIndex(rescanObjects.size() - 1);
                scavengeFields(at, pendingFields.removeKeyIfAbsent(at, 0));
            } else {
                return;
            }
        }
    }

    /**
     * Scans the {@code fields} (a mask) of the object at {@code at} that its demand so far
     * demands, each parent field for what that demand keeps beyond it.
     */
    private void scavengeFields(int at, long fields) {
        long header = to[at];
        InfoTable info = tables[Header.info(header)];
        Demand demand = partial.get(at);
        long scanning = demand == null ? fields : demand.mask() & fields;
        if (Header.isUpdated(header) && (scanning & UPDATE_SLOT) != 0) to[at + 1] = evacuate(to[at + 1]);
        int first = at + info.firstField;
        byte[] types = info.fieldTypes;
        for (int i = 0; i < types.length; i++) {
            if (types[i] == InfoTable.INT || !InfoTable.demands(scanning, i)) continue;
            if (types[i] == InfoTable.PTR) {
                to[first + i] = evacuate(to[first + i]);
            } else if (demand == null) {
                to[first + i] = evacuateParent(to[first + i], info.parentDemand[i]);
            } else {
                // Read afresh: an edge followed from an earlier field may have added to the demand.
                Demand now = partial.get(at);
                to[first + i] = evacuateParent(to[first + i], (now == null ? Demand.ALL : now).through(i, info));
                scannedFields.put(at, scannedFields.get(at) | 1L << i);
            }
        }
    }

    private long edge(byte type, Demand demand, long pointer) {
        return type == InfoTable.PTR ? evacuate(pointer) : evacuateParent(pointer, demand);
    }

    /** An ordinary pointer: copy the object once, short-circuiting indirections. */
    private long evacuate(long address) {
        int staticEnd = heap.staticEnd;
        int p = (int) address;
        while (true) {
            if (p < staticEnd) return p;
            long header = from[p];
            if ((header & Header.FORWARDED) != 0) {
                int moved = (int) header;
                // An updated thunk copied for a parent edge: ordinary pointers still skip it.
                // Forwarding overwrote only the header, so the value is still in the old slot.
                if (Header.isUpdated(to[moved])) {
                    p = (int) from[p + 1];
                    continue;
                }
                demandMore(moved, Demand.ALL);
                return moved;
            }
            if (Header.isUpdated(header)) {
                p = (int) from[p + 1];
                continue;
            }
            return copy(p, header);
        }
    }

    /** A parent pointer demanding {@code demand}: never short-circuited. */
    private long evacuateParent(long address, Demand demand) {
        if (ignoreParentMasks) demand = Demand.ALL;
        int p = (int) address;
        if (p < heap.staticEnd) return p;
        long header = from[p];
        if ((header & Header.FORWARDED) != 0) {
            int moved = (int) header;
            demandMore(moved, demand);
            return moved;
        }
        int moved = copy(p, header);
        if (demand != Demand.ALL) partial.put(moved, demand);
        return moved;
    }

    private int copy(int p, long header) {
        InfoTable info = tables[Header.info(header)];
        if (info.kind.isFrame()) throw new IllegalStateException("pointer to a frame info at " + p);
        int size = info.words();
        int at = free;
        System.arraycopy(from, p, to, at, size);
        free += size;
        from[p] = Header.FORWARDED | at;
        return at;
    }

    /**
     * Adds demand to a copied object. Before its scan nothing more is needed: the scan reads
     * the union. After it, fields that become demanded wait to be scanned, and parent fields
     * already scanned pass on the extra demand beyond them (their words already point into
     * to-space: a parent edge is never short-circuited). The recursion follows a parent chain
     * and stops where nothing grows, so it ends: demands only grow, and finitely.
     */
    private void demandMore(int moved, Demand more) {
        Demand before = partial.get(moved);
        if (before == null) return;
        Demand after = Demand.union(before, more);
        if (after == before) return;
        if (after == Demand.ALL) partial.remove(moved);
        else partial.put(moved, after);
        if (moved >= scan) return;
        long added = after.mask() & ~before.mask();
        if (added != 0) {
            long pending = pendingFields.get(moved);
            if (pending == 0) rescanObjects.add(moved);
            pendingFields.put(moved, pending | added);
        }
        long scanned = scannedFields.get(moved);
        InfoTable info = tables[Header.info(to[moved])];
        int first = moved + info.firstField;
        for (int i = 0; i < info.fieldTypes.length; i++) {
            if (info.fieldTypes[i] != InfoTable.PARENT || !InfoTable.demands(scanned, i)) continue;
            Demand beyond = after.through(i, info);
            int target = (int) to[first + i];
            if (beyond != before.through(i, info) && target >= heap.staticEnd) demandMore(target, beyond);
        }
    }

    /** Fields no live edge demands still hold old-space pointers: point them at DEAD instead. */
    private void killUndemandedFields() {
        partial.forEachKeyValue((at, demand) -> {
            long header = to[at];
            InfoTable info = tables[Header.info(header)];
            if (Header.isUpdated(header) && (demand.mask() & UPDATE_SLOT) == 0) to[at + 1] = Heap.DEAD_ADDRESS;
            int first = at + info.firstField;
            for (int i = 0; i < info.fieldTypes.length; i++) {
                if (info.fieldTypes[i] != InfoTable.INT && !demand.demands(i)) to[first + i] = Heap.DEAD_ADDRESS;
            }
        });
    }

    private void growIfNeeded(int live, int needed) {
        int staticEnd = heap.staticEnd;
        long want = (long) staticEnd + live + needed;
        int capacity = heap.words.length;
        if (want * 2 <= capacity) return;
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
