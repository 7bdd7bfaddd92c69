package dev.stg.bench;

import dev.stg.core.gen.FnFamily;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.run.ProgramRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What CI checks: the benchmarks are generated, and the programs they run are where they look for them. */
class BenchmarkSmokeTest {

    @Test
    void nestingBenchRunsOneIterationAndReportsTheMachineCounters() throws RunnerException {
        RunResult result = runOnce(NestingBench.class.getSimpleName() + ".fn", "n", "4", "closures", "flat", "access", "lazy");

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

    @Test
    void programBenchRunsAHaskellVersionFromTheCommittedDumps() throws RunnerException {
        // Setup checks the output against base's (samples/bench/hs/Exp3_8.out).
        RunResult result = runOnce(ProgramBench.class.getSimpleName() + ".run", "program", "exp3_8-hs", "closures", "flat");

        assertThat(result.getPrimaryResult().getScore()).isPositive();
        assertThat(result.getSecondaryResults().get("steps").getScore()).isPositive();
    }

    /** One 200 ms iteration of one benchmark, in this JVM; {@code params} are names and values in turn. */
    private static RunResult runOnce(String include, String... params) throws RunnerException {
        // JMH's lock keeps two measuring runs from disturbing each other; this one measures
        // nothing, so a benchmark running beside the build must not fail it.
        System.setProperty("jmh.ignoreLock", "true");
        ChainedOptionsBuilder options = new OptionsBuilder().include(include)
                .forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true);
        for (int i = 0; i < params.length; i += 2) options = options.param(params[i], params[i + 1]);

        Collection<RunResult> results = new Runner(options.build()).run();

        assertThat(results).hasSize(1);
        return results.iterator().next();
    }

    @Test
    void everyHandWrittenProgramHasItsHaskellVersionWithDumpsAtBothLevels() throws NoSuchFieldException {
        List<String> programs = params(ProgramBench.class, "program");
        for (String stg : programs.stream().filter(p -> !p.contains("-hs")).toList()) {
            assertThat(programs).contains(stg + "-hs");
            String module = ProgramBench.MODULES.get(stg);
            assertThat(BenchProgram.sample("hs/" + module + ".out")).isNotBlank();
            for (String level : List.of("O0", "O1")) {
                List<String> names = BenchProgram.haskellDumps(module, level).stream().map(d -> d.name()).toList();
                assertThat(names).contains("samples/hs/lib/" + level + "/Prelude.dump-stg-final")
                        .last().isEqualTo("samples/bench/hs/" + level + "/" + module + ".dump-stg-final");
            }
        }
    }

    @Test
    void nofibBenchWithoutACheckoutSaysWhatToSet(@TempDir Path empty) {
        assertThatThrownBy(() -> NofibBench.checkout(null)).hasMessageContaining("set NOFIB_DIR");
        assertThatThrownBy(() -> NofibBench.checkout(empty.toString())).hasMessageContaining("has no imaginary/ folder");
    }

    @Test
    void nofibBenchHasASmallInputForEachOfItsPrograms() throws NoSuchFieldException {
        assertThat(NofibBench.inputs().keySet()).hasSize(15).containsAll(params(NofibBench.class, "program"));
        assertThat(NofibBench.inputs().get("tak")).containsExactly("18", "12", "6");
    }

    @Test
    void nofibBenchRunsARepeatingProgramForOnePass(@TempDir Path dir) throws IOException {
        Path program = Files.createDirectories(dir.resolve("imaginary/loop"));
        Files.writeString(program.resolve("Main.hs"), "main = replicateM_ 500 $ do\n  print 1\n");
        Files.writeString(program.resolve("Other.hs"), "module Other where\n");
        Path work = Files.createDirectories(dir.resolve("work"));

        Path main = NofibBench.prepare(program, dir.resolve("common"), work);

        assertThat(main).isEqualTo(work.resolve("Main.hs"));
        assertThat(Files.readString(main)).isEqualTo("main = replicateM_ 1 $ do\n  print 1\n");
        assertThat(work.resolve("Other.hs")).exists();
    }

    private static List<String> params(Class<?> benchmark, String field) throws NoSuchFieldException {
        return Arrays.asList(benchmark.getField(field).getAnnotation(Param.class).value());
    }
}
