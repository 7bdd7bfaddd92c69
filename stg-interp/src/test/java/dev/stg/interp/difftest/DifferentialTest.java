package dev.stg.interp.difftest;

import dev.stg.interp.difftest.DifferentialRunner.Discrepancy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential testing: generated programs must print the same value in every closure mode,
 * access strategy and GC-stress setting as in flat/lazy without stress. A failure names the
 * seed ({@code ProgramGenerator.generate(seed)} rebuilds the program) and prints it shrunk.
 */
class DifferentialTest {

    /** {@code -Dstg.difftest.programs=N} runs more (or fewer) seeds. */
    private static final int PROGRAMS = Integer.getInteger("stg.difftest.programs", 1_000);
    private static final int FAILURES_TO_REPORT = 3;

    @Test
    void everyConfigurationPrintsWhatFlatPrints() {
        List<String> failures = new ArrayList<>();
        for (long seed = 0; seed < PROGRAMS && failures.size() < FAILURES_TO_REPORT; seed++) {
            GeneratedProgram generated = ProgramGenerator.generate(seed);
            Optional<Discrepancy> discrepancy = DifferentialRunner.compare(generated.filled());
            discrepancy.ifPresent(d -> failures.add(FailureReport.describe(generated, d)));
        }
        assertThat(failures).as("configurations disagreeing with " + Configuration.REFERENCE).isEmpty();
    }
}
