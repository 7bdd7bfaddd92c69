package dev.stg.bench;

import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.code.CompiledProgram;
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

/** The whole programs of samples/bench (their Haskell originals are in samples/bench/hs) in every closure mode, lazy access. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgramBench {

    @Param({"nfib", "tak", "queens", "primes", "exp3_8", "sumstream"})
    public String program;

    @Param({"flat", "nested", "nested-partial"})
    public String closures;

    private CompiledProgram compiled;
    private final ProgramRunner.Settings settings = ProgramRunner.Settings.defaults();

    @Setup
    public void compile() {
        compiled = BenchProgram.compile(program + ".stg", BenchProgram.sample(program + ".stg"), closures,
                AccessStrategy.LAZY);
        String output = Runs.runMain(compiled, settings, new MachineCounters());
        if (!(output + "\n").equals(BenchProgram.sample(program + ".out"))) {
            throw new IllegalStateException(program + " in " + closures + " mode printed " + output);
        }
    }

    @Benchmark
    public String run(MachineCounters counters) {
        return Runs.runMain(compiled, settings, counters);
    }
}
