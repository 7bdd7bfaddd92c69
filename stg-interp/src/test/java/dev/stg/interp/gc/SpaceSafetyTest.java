package dev.stg.interp.gc;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.interp.machine.Machine;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;
import dev.stg.interp.samples.Sample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested closures, and lazily accessed free variables, are space-safe only because the
 * collector honours parent masks, in heap objects and in stack frames. In
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

    /** Residency after each collection of samples/nested/frame_space.stg, lazy access, flat closures. */
    private static List<Integer> frameSpaceResidencies(boolean ignoreMasks) {
        Sample sample = Sample.named("nested/frame_space.stg");
        ProgramRunner.Settings settings = ProgramRunner.Settings.defaults().withMachine(MachineOptions.defaults()
                .withHeap(1 << 14, 1 << 24).withHeapChecks(true).withIgnoredParentMasks(ignoreMasks));
        Machine machine = ProgramRunner.load(sample.load(), settings);
        List<Integer> residencies = new ArrayList<>();
        machine.setObserver((m, registers, liveSlots) -> residencies.add(m.heap().dynamicWords()));
        ProgramRunner.Outcome outcome = ProgramRunner.evaluate(machine, machine.program().globalAddress("main"),
                settings);
        assertThat(outcome.output()).isEqualTo(sample.expectedOutput().orElseThrow());
        return residencies;
    }

    @Test
    void aCaseFrameThatSavesTheNodeForOneFieldDoesNotKeepTheOthers() {
        List<Integer> residencies = frameSpaceResidencies(false);
        assertThat(residencies.get(residencies.size() - 1)).as("while spin runs").isLessThan(1_000);
    }

    @Test
    void withoutFrameMasksTheListSurvivesTheWholeCall() {
        List<Integer> residencies = frameSpaceResidencies(true);
        assertThat(residencies.get(residencies.size() - 1)).as("while spin runs").isGreaterThan(8_000);
    }
}
