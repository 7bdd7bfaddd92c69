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
 * collector honours parent masks, in heap objects and in stack frames, and follows a child's
 * path beyond its parent. In samples/nested/space_safety.stg twenty children outlive parents
 * that each held a 500-element list the child never reads.
 */
class SpaceSafetyTest {

    private static final Sample SAMPLE = Sample.named("nested/space_safety.stg");

    private static ProgramRunner.Outcome run(ClosureMode mode, boolean ignoreMasks) {
        return run(SAMPLE, mode, ignoreMasks);
    }

    private static ProgramRunner.Outcome run(Sample sample, ClosureMode mode, boolean ignoreMasks) {
        CheckedProgram flat = sample.load();
        CheckedProgram program = Nesting.rewrite(flat, NestingOptions.of(mode), List.of(sample.source()),
                Frontend.Main.REQUIRED);
        ProgramRunner.Settings settings = ProgramRunner.Settings.defaults().withMachine(MachineOptions.defaults()
                .withHeap(1 << 14, 1 << 24).withHeapChecks(true).withIgnoredParentMasks(ignoreMasks));
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(program, settings);
        assertThat(outcome.output()).isEqualTo(sample.expectedOutput().orElseThrow());
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

    /**
     * samples/nested/chain_space.stg: each child reaches its grandparent through its parent, whose
     * own edge to the grandparent also demands a 500-element list. The child's path names only
     * the four numbers, so the list dies with the parent, as it does with flat closures.
     */
    @Test
    void aChildReachingItsGrandparentKeepsOnlyWhatItsPathNames() {
        Sample chain = Sample.named("nested/chain_space.stg");
        ProgramRunner.Outcome nested = run(chain, ClosureMode.NESTED_PARTIAL, false);
        assertThat(nested.stats().parentHops).as("the children read through parent and grandparent").isGreaterThanOrEqualTo(40);
        long flat = run(chain, ClosureMode.FLAT, false).stats().maxResidencyWords;
        assertThat(nested.stats().maxResidencyWords).isLessThanOrEqualTo(2 * flat);
    }

    @Test
    void withoutMasksTheChainKeepsEveryGrandparentsList() {
        Sample chain = Sample.named("nested/chain_space.stg");
        long flat = run(chain, ClosureMode.FLAT, false).stats().maxResidencyWords;
        long leaking = run(chain, ClosureMode.NESTED_PARTIAL, true).stats().maxResidencyWords;
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
