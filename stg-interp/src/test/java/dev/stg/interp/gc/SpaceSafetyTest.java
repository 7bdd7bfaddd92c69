package dev.stg.interp.gc;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;
import dev.stg.interp.samples.Sample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested closures are space-safe only because the collector honours parent masks: in
 * samples/nested/space_safety.stg twenty children outlive parents that each held a
 * 500-element list the child never reads.
 */
class SpaceSafetyTest {

    private static final Sample SAMPLE = Sample.named("nested/space_safety.stg");

    private static ProgramRunner.Outcome run(ClosureMode mode, boolean ignoreMasks) {
        CheckedProgram flat = SAMPLE.load();
        CheckedProgram program = Nesting.rewrite(flat, NestingOptions.of(mode), List.of(SAMPLE.source()),
                Frontend.Main.REQUIRED);
        ProgramRunner.Settings settings = ProgramRunner.Settings.defaults().withMachine(MachineOptions.defaults()
                .withHeap(1 << 14, 1 << 24).withHeapChecks(true).withIgnoredParentMasks(ignoreMasks));
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(program, settings);
        assertThat(outcome.output()).isEqualTo(SAMPLE.expectedOutput().orElseThrow());
        return outcome;
    }

    @Test
    void theChildrenReallyPointToTheirParents() {
        assertThat(run(ClosureMode.NESTED_PARTIAL, false).stats().parentHops).isGreaterThanOrEqualTo(20);
    }

    @Test
    void nestedPartialResidencyStaysWithinASmallFactorOfFlat() {
        long flat = run(ClosureMode.FLAT, false).stats().maxResidencyWords;
        long nested = run(ClosureMode.NESTED_PARTIAL, false).stats().maxResidencyWords;
        assertThat(nested).isLessThanOrEqualTo(2 * flat);
    }

    @Test
    void ignoringTheMasksLeaksEveryParentsList() {
        long flat = run(ClosureMode.FLAT, false).stats().maxResidencyWords;
        long leaking = run(ClosureMode.NESTED_PARTIAL, true).stats().maxResidencyWords;
        assertThat(leaking).as("twenty retained lists").isGreaterThan(10 * flat);
    }
}
