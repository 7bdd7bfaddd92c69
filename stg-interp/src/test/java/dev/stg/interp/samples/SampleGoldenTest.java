package dev.stg.interp.samples;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sample gives its golden output in every configuration: each closure mode (the
 * nested-partial one with threshold 0 and thunk parents, so that it nests wherever it may),
 * each access strategy, with and without GC stress (a collection at every allocation followed
 * by the heap sanity check).
 *
 * <p>The benchmark programs allocate millions of objects; under GC stress they take tens of
 * seconds each, so they run under stress in one configuration only ({@link BenchUnderGcStressTest}).
 */
class SampleGoldenTest {

    /** One way of running a program. */
    record Config(NestingOptions nesting, AccessStrategy access, boolean gcStress) {
        @Override
        public String toString() {
            return nesting.mode().cliName() + " K=" + nesting.threshold() + (nesting.thunkParents() ? " thunk-parents" : "")
                    + " " + access.name().toLowerCase() + (gcStress ? " gc-stress" : "");
        }
    }

    static final List<NestingOptions> MODES = List.of(
            NestingOptions.of(ClosureMode.FLAT),
            NestingOptions.of(ClosureMode.NESTED),
            NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThreshold(0).withThunkParents(true));

    static final long STEP_LIMIT = 200_000_000L;
    static final int STACK_WORDS = 1 << 24;

    static List<Config> configs() {
        List<Config> configs = new ArrayList<>();
        for (NestingOptions nesting : MODES) {
            for (AccessStrategy access : AccessStrategy.values()) {
                configs.add(new Config(nesting, access, false));
                configs.add(new Config(nesting, access, true));
            }
        }
        return configs;
    }

    @TestFactory
    Stream<DynamicTest> everySampleInEveryConfiguration() {
        List<Sample> samples = Sample.all();
        assertThat(samples).as("samples/ holds the golden programs").hasSizeGreaterThan(50);
        return configs().stream().flatMap(config -> samples.stream()
                .filter(sample -> !(config.gcStress() && sample.isBench()))
                .map(sample -> DynamicTest.dynamicTest(sample + " [" + config + "]", () -> check(sample, config))));
    }

    static void check(Sample sample, Config config) {
        assertThat(sample.expectedOutput().isPresent() || sample.expectedError().isPresent())
                .as("%s has a .out or .err file", sample).isTrue();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ProgramRunner.Settings settings = ProgramRunner.Settings.defaults()
                .withAccess(config.access())
                .withMachine(MachineOptions.defaults().withGcStress(config.gcStress())
                        .withMaxSteps(STEP_LIMIT).withStackMax(STACK_WORDS)
                        .withIO(new ByteArrayInputStream(sample.stdin()), stdout)
                        .withProgram(sample.args(), Sample.root()));
        CheckedProgram program = Nesting.rewrite(sample.load(), config.nesting(), sample.sources(),
                Frontend.Main.REQUIRED);
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(program, settings);
        assertThat(stdout.toByteArray()).as("bytes %s wrote to stdout", sample).isEqualTo(sample.expectedStdout());
        assertThat(outcome.machine().foreignCalls().openFiles()).as("files %s left open", sample).isZero();
        if (sample.expectedOutput().isPresent()) {
            assertThat(outcome.output()).as("output of %s", sample).isEqualTo(sample.expectedOutput().get());
            if (!sample.expectedOutput().get().equals(ProgramRunner.MINISTG_EXCEPTION)) {
                assertThat(outcome.fault()).as("fault of %s", sample).isNull();
            }
        } else {
            assertThat(outcome.fault()).as("%s must fail", sample).isNotNull();
            assertThat(outcome.fault().getMessage()).contains(sample.expectedError().get());
        }
    }
}
