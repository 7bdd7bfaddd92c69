package dev.stg.bench;

import dev.stg.interp.stats.Stats;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The machine's counters for one run, reported by JMH beside the time. EVENTS counters are
 * reported as they stand at the end of an iteration; the programs are deterministic, so holding
 * the last run's figures (not a sum) makes them per-operation values.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class MachineCounters {

    public long steps;
    public long allocWords;
    public long fvStores;
    public long fvLoads;
    public long parentHops;
    /**
     * The run's mutator and collector time (Stats.mutatorNanos + gcNanos), what {@code stg
     * --stats} reports: without building the machine, which the time per operation includes
     * and which costs in proportion to the program's static image (a Haskell program's library).
     */
    public long machineNanos;

    void record(Stats stats) {
        steps = stats.steps;
        allocWords = stats.allocWords;
        fvStores = stats.fvStores;
        fvLoads = stats.fvLoads;
        parentHops = stats.parentHops;
        machineNanos = stats.mutatorNanos + stats.gcNanos;
    }
}
