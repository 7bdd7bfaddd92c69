package dev.stg.interp.cli;

import dev.stg.interp.machine.MachineOptions;
import picocli.CommandLine.Option;

/** The heap and step limits of a run, shared by {@code stg run}, {@code stg ghc} and {@code stg compare}. */
final class MachineFlags {

    /**
     * A comparison's first heap: 16K words. Residency is sampled at collections only, so a
     * program must collect to show any; at {@code stg run}'s 2M first heap one that allocates
     * less than 256K words never does. 128K keeps a collection at least every 16K words
     * allocated while live data stays small (the space doubles only when live data passes half
     * of it), as SpaceSafetyTest does.
     */
    static final String COMPARISON_HEAP_INITIAL = "128K";

    @Option(names = "--heap-initial", paramLabel = "SIZE", converter = Sizes.class,
            description = "First heap space, in bytes with K/M/G suffix (default: 2M for a run, "
                    + COMPARISON_HEAP_INITIAL + " for a comparison); a small one makes collections, "
                    + "and so residency samples, frequent.")
    Integer heapInitialWords;

    @Option(names = "--heap-max", paramLabel = "SIZE", converter = Sizes.class,
            description = "Largest heap, in bytes with K/M/G suffix (default: 512M).")
    Integer heapMaxWords;

    @Option(names = "--max-steps", paramLabel = "N", description = "Stop with an error after N machine steps.")
    Long maxSteps;

    /** {@code base} with these limits; a usage error (IllegalArgumentException) when they are invalid. */
    MachineOptions apply(MachineOptions base, int defaultInitialWords) {
        if (maxSteps != null && maxSteps < 1) throw new IllegalArgumentException("--max-steps must be at least 1");
        MachineOptions machine = base.withMaxSteps(maxSteps == null ? Long.MAX_VALUE : maxSteps);
        int max = heapMaxWords != null ? heapMaxWords : machine.heapMaxWords();
        int initial = heapInitialWords != null ? heapInitialWords : Math.min(defaultInitialWords, max);
        if (initial > max) throw new IllegalArgumentException("--heap-initial is larger than --heap-max");
        return machine.withHeap(initial, max);
    }

    /** The first heap of a comparison when --heap-initial is not given. */
    static int comparisonHeapInitialWords() {
        return new Sizes().convert(COMPARISON_HEAP_INITIAL);
    }
}
