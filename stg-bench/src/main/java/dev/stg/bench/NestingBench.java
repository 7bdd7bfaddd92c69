package dev.stg.bench;

import dev.stg.core.gen.FnFamily;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.code.CompiledProgram;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Flat versus nested closures on f_n (see {@link FnFamily}): the time of one run of main and
 * the machine's counters per run. Flat stores every captured variable again at every level;
 * nested stores a parent pointer and reaches the rest through it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NestingBench {

    @Param({"4", "10", "50", "100", "200"})
    public int n;

    @Param({"flat", "nested", "nested-partial"})
    public String closures;

    @Param({"lazy", "eager", "auto"})
    public String access;

    /**
     * Room for the largest run (f200 flat allocates about 23K words) without a collection. The
     * default 2 MB first space would dwarf a small f_n's work: the JVM allocates it per run as a
     * humongous object.
     */
    private static final int HEAP_WORDS = 1 << 15;

    private CompiledProgram program;
    private ProgramRunner.Settings settings;

    @Setup
    public void compile() {
        AccessStrategy strategy = AccessStrategy.parse("access", access);
        program = BenchProgram.compile("f" + n + ".stg", FnFamily.source(n), closures, strategy);
        settings = ProgramRunner.Settings.defaults().withAccess(strategy)
                .withMachine(MachineOptions.defaults().withHeap(HEAP_WORDS, MachineOptions.DEFAULT_HEAP_MAX_WORDS));
        String output = Runs.runMain(program, settings, new MachineCounters());
        if (!output.equals(FnFamily.expectedOutput(n))) {
            throw new IllegalStateException("f" + n + " in " + closures + " mode printed " + output);
        }
    }

    @Benchmark
    public String fn(MachineCounters counters) {
        return Runs.runMain(program, settings, counters);
    }
}
