package dev.stg.interp.samples;

import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark programs under frequent collections with the heap sanity checker after each.
 * A collection at every allocation costs O(live data) per allocation, which for these programs
 * (tens of millions of allocations, up to ~10^5 live words) would take hours; a heap that
 * starts at 4096 words collects every few thousand words of allocation instead, and the
 * collections still land at arbitrary points of the run.
 */
class BenchUnderGcStressTest {

    @TestFactory
    Stream<DynamicTest> benchProgramsSurviveFrequentCheckedCollections() {
        return Sample.all().stream().filter(Sample::isBench).flatMap(sample -> Stream.of(AccessStrategy.values())
                .map(access -> DynamicTest.dynamicTest(sample + " [" + access + ", 4096-word heap, checked]",
                        () -> {
                            ProgramRunner.Settings settings = ProgramRunner.Settings.defaults().withAccess(access)
                                    .withMachine(MachineOptions.defaults().withHeap(4096, 1 << 24)
                                            .withHeapChecks(true).withMaxSteps(SampleGoldenTest.STEP_LIMIT));
                            ProgramRunner.Outcome outcome = ProgramRunner.runMain(sample.load(), settings);
                            assertThat(outcome.output()).isEqualTo(sample.expectedOutput().orElseThrow());
                            assertThat(outcome.stats().gcCount).as("collections").isGreaterThan(100);
                        })));
    }
}
