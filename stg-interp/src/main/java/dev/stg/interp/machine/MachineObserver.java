package dev.stg.interp.machine;

/**
 * Watches a running machine at the points where the heap is fully described: right after a
 * collection (every live pointer is a known root). Heap dumps and heap profiles use it.
 * Observers read the heap; they must not allocate in it.
 */
public interface MachineObserver {

    /**
     * Called after every collection.
     *
     * @param liveSlots the register slots that were roots of this collection
     */
    void afterCollection(Machine machine, long[] registers, int[] liveSlots);

    /**
     * The step at which this observer next wants a collection (so that it sees the heap then),
     * or {@link Long#MAX_VALUE}; asked again after every collection.
     */
    default long nextCollectionStep(Machine machine) {
        return Long.MAX_VALUE;
    }

    /**
     * Called when a runtime fault stops the run, before the stack is unwound: the frames are
     * still there to read (the register file's liveness is unknown at an arbitrary step).
     */
    default void onFault(Machine machine, RuntimeFault fault) {
    }
}
