package dev.stg.interp.compare;

import dev.stg.interp.machine.Machine;
import dev.stg.interp.machine.MachineObserver;

/**
 * The largest live data seen at collections forced at the same steps in every configuration:
 * the first allocation at or after each multiple of {@code every} steps. Nesting changes how
 * many words a program allocates, never its steps, so these collections fall at the same
 * point of the program in every closure mode, and their residencies compare like for like.
 * A collection of a full first heap falls wherever the words run out, a different point in
 * each mode: for a program whose live data rises and falls quickly, the maximum over those
 * says as much about where the collections fell as about what the mode keeps alive
 * (docs/nesting.md, "Space safety on the corpus"). Those collections are not counted here.
 */
final class SameStepResidency implements MachineObserver {

    private final long every;
    private long next;
    private long maxWords;

    SameStepResidency(long every) {
        this.every = every;
        this.next = every;
    }

    @Override
    public void afterCollection(Machine machine, long[] registers, int[] liveSlots) {
        long steps = machine.stats().steps;
        if (steps < next) return;
        maxWords = Math.max(maxWords, machine.heap().dynamicWords());
        next = (steps / every + 1) * every;
    }

    @Override
    public long nextCollectionStep(Machine machine) {
        return next;
    }

    long maxWords() {
        return maxWords;
    }
}
