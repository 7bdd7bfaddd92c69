package dev.stg.interp.code;

import java.util.stream.IntStream;

/**
 * The register slots live at an allocation site: the collector's roots in the register file.
 * Slots holding the node or a cached ancestor are read through (fields at the object's own
 * layout), so the collector treats them as parent edges, never short-circuiting an updated
 * thunk into its value, demanding {@code baseDemands}: the fields the rest of the code reads
 * through them (all, if it uses the pointer as a value). Other pointer slots are ordinary.
 * {@code baseInfos} is the info table the code reads each base at: the sanity checker
 * verifies the slot still holds such an object (a forgotten base shows up under GC stress).
 */
public record RegisterRoots(int[] pointers, int[] bases, Demand[] baseDemands, int[] baseInfos) {

    public static final RegisterRoots NONE = new RegisterRoots(new int[0], new int[0], new Demand[0], new int[0]);

    /** Every live slot, for observers that only need to know what was a root. */
    public int[] all() {
        return IntStream.concat(IntStream.of(pointers), IntStream.of(bases)).toArray();
    }
}
