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

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole programs of samples/bench in every closure mode, lazy access: the hand-written
 * STG (X), and beside it the same algorithm in Haskell (samples/bench/hs), compiled by GHC on
 * the project's library and run from the committed dumps as {@code stg ghc} runs it (X-hs:
 * GHC's -O1 STG; X-hs-O0, by {@code -p program=...}, its -O0 STG).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgramBench {

    /** X-hs or X-hs-LEVEL: the Haskell version of X. */
    private static final Pattern HASKELL = Pattern.compile("(.+)-hs(?:-(O0|O1))?");
    /** The Haskell module of each program (samples/bench/hs/MODULE.hs). */
    static final Map<String, String> MODULES = Map.of("nfib", "Nfib", "tak", "Tak", "queens", "Queens",
            "primes", "Primes", "exp3_8", "Exp3_8", "sumstream", "SumStream");

    @Param({"nfib", "tak", "queens", "primes", "exp3_8", "sumstream",
            "nfib-hs", "tak-hs", "queens-hs", "primes-hs", "exp3_8-hs", "sumstream-hs"})
    public String program;

    @Param({"flat", "nested", "nested-partial"})
    public String closures;

    private CompiledProgram compiled;
    private boolean haskell;
    private final ProgramRunner.Settings settings = ProgramRunner.Settings.defaults();

    @Setup
    public void compile() {
        Matcher hs = HASKELL.matcher(program);
        String expected;
        if (hs.matches()) {
            String module = MODULES.get(hs.group(1));
            if (module == null) {
                throw new IllegalArgumentException("no Haskell version of " + hs.group(1) + "; there are " + MODULES.keySet());
            }
            haskell = true;
            compiled = BenchProgram.compileGhc(BenchProgram.haskellDumps(module, hs.group(2) == null ? "O1" : hs.group(2)),
                    closures, AccessStrategy.LAZY);
            expected = BenchProgram.sample("hs/" + module + ".out");
        } else {
            compiled = BenchProgram.compile(program + ".stg", BenchProgram.sample(program + ".stg"), closures,
                    AccessStrategy.LAZY);
            expected = BenchProgram.sample(program + ".out");
        }
        String output = run(new MachineCounters());
        if (!(haskell ? output : output + "\n").equals(expected)) {
            throw new IllegalStateException(program + " in " + closures + " mode printed " + output + ", not " + expected);
        }
    }

    @Benchmark
    public String run(MachineCounters counters) {
        return haskell ? Runs.runIo(compiled, settings, counters) : Runs.runMain(compiled, settings, counters);
    }
}
