package dev.stg.bench;

import dev.stg.core.gen.FnFamily;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.run.ProgramRunner;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What CI checks: the benchmarks are generated and one of them runs through JMH. */
class BenchmarkSmokeTest {

    @Test
    void nestingBenchRunsOneIterationAndReportsTheMachineCounters() throws RunnerException {
        // JMH's lock keeps two measuring runs from disturbing each other; this one measures
        // nothing, so a benchmark running beside the build must not fail it.
        System.setProperty("jmh.ignoreLock", "true");
        Options options = new OptionsBuilder()
                .include(NestingBench.class.getSimpleName() + ".fn")
                .param("n", "4").param("closures", "flat").param("access", "lazy")
                .forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).hasSize(1);
        RunResult result = results.iterator().next();
        assertThat(result.getPrimaryResult().getScore()).isPositive();
        Map<String, Result> counters = result.getSecondaryResults();
        MachineCounters direct = new MachineCounters();
        Runs.runMain(BenchProgram.compile("f4.stg", FnFamily.source(4), "flat", AccessStrategy.LAZY),
                ProgramRunner.Settings.defaults(), direct);
        assertThat(counters.get("steps").getScore()).isEqualTo(direct.steps);
        assertThat(counters.get("allocWords").getScore()).isEqualTo(direct.allocWords);
        assertThat(counters.get("fvStores").getScore()).isEqualTo(direct.fvStores);
        assertThat(counters).containsKeys("fvLoads", "parentHops");
    }
}
