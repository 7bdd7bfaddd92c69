package dev.stg.interp.dump;

import dev.stg.interp.machine.Machine;
import dev.stg.interp.machine.MachineObserver;
import dev.stg.interp.machine.RuntimeFault;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap dump and heap profile of one run ({@code stg run --heap-dump --heap-profile}):
 * attached before the run, finished after it.
 */
public final class HeapSession {

    private final Path dumpFile;
    private final long dumpAtStep;
    private final HeapProfiler profiler;
    private boolean dumped;
    private IOException failure;

    /**
     * @param dumpFile   where to dump, or null
     * @param dumpAtStep dump at the first collection at or after this step; 0 for the end of the run
     * @param profiler   the heap profile to write, or null
     */
    public HeapSession(Path dumpFile, long dumpAtStep, HeapProfiler profiler) {
        this.dumpFile = dumpFile;
        this.dumpAtStep = dumpAtStep;
        this.profiler = profiler;
    }

    public void attach(Machine machine) {
        List<MachineObserver> observers = new ArrayList<>();
        if (profiler != null) observers.add(profiler);
        if (dumpFile != null && dumpAtStep > 0) observers.add(new StepDump());
        if (dumpFile != null) observers.add(new ErrorDump());
        if (!observers.isEmpty()) machine.setObserver(new Observers(observers));
    }

    /**
     * Writes what is still to write: the dump, if no step dump was taken ({@code "end"} or
     * {@code "error"}, without a collection), and the end of the profile.
     */
    public void finish(Machine machine, boolean failed) throws IOException {
        try {
            if (failure != null) throw failure;
            if (dumpFile != null && !dumped) HeapDump.write(machine, dumpFile, failed ? "error" : "end");
        } finally {
            if (profiler != null) profiler.finish(machine);
        }
    }

    /** On a fault, the dump is written while the stack still holds the frames that led to it. */
    private final class ErrorDump implements MachineObserver {

        @Override
        public void afterCollection(Machine machine, long[] registers, int[] liveSlots) {
        }

        @Override
        public void onFault(Machine machine, RuntimeFault fault) {
            if (dumped) return;
            dumped = true;
            try {
                HeapDump.write(machine, dumpFile, "error");
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    private final class StepDump implements MachineObserver {

        @Override
        public void afterCollection(Machine machine, long[] registers, int[] liveSlots) {
            long step = machine.stats().steps;
            if (dumped || step < dumpAtStep) return;
            dumped = true;
            try {
                HeapDump.write(machine, dumpFile, "step " + step, registers, liveSlots);
            } catch (IOException e) {
                failure = e;
            }
        }

        @Override
        public long nextCollectionStep(Machine machine) {
            return dumped ? Long.MAX_VALUE : dumpAtStep;
        }
    }
}
