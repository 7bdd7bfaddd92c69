package dev.stg.interp.difftest;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.parse.Dialect;
import dev.stg.core.syntax.Program;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;

import java.util.List;
import java.util.Optional;

/** Runs a program in every configuration and compares each result with the flat reference. */
final class DifferentialRunner {

    /** Generated programs take at most about a thousand steps; this stops a runaway early, since a run under GC stress collects at every allocation. */
    static final long MAX_STEPS = 20_000;

    /** Small, so GC stress and a machine per run stay cheap; the heap grows as needed. */
    private static final int HEAP_INITIAL_WORDS = 1 << 12;

    /** A configuration whose result differs from the reference's (or a reference that did not give a value). */
    record Discrepancy(Configuration configuration, String expected, String actual) {
        @Override
        public String toString() {
            return configuration + ": expected " + expected + " but got " + actual;
        }
    }

    private DifferentialRunner() {
    }

    static CheckedProgram check(Program program) {
        return Frontend.check(program, Dialect.NATIVE, List.of(), Frontend.Main.REQUIRED);
    }

    /** @param filled a program with exact free-variable lists */
    static Optional<Discrepancy> compare(Program filled) {
        String reference = run(filled, Configuration.REFERENCE);
        if (!reference.startsWith(VALUE)) {
            return Optional.of(new Discrepancy(Configuration.REFERENCE, "a value", reference));
        }
        for (Configuration config : Configuration.all()) {
            if (config.equals(Configuration.REFERENCE)) continue;
            String actual = run(filled, config);
            if (!actual.equals(reference)) return Optional.of(new Discrepancy(config, reference, actual));
        }
        return Optional.empty();
    }

    private static final String VALUE = "value ";

    /** Whether {@code config} still disagrees with the reference: what shrinking needs, in two runs. */
    static boolean disagrees(Program filled, Configuration config) {
        String reference = run(filled, Configuration.REFERENCE);
        if (config.equals(Configuration.REFERENCE)) return !reference.startsWith(VALUE);
        return reference.startsWith(VALUE) && !run(filled, config).equals(reference);
    }

    /** What the run printed, or how it failed: the text compared between configurations. */
    static String run(Program filled, Configuration config) {
        try {
            CheckedProgram checked = check(config.mode().rewrite().apply(filled));
            ProgramRunner.Outcome outcome = ProgramRunner.runMain(checked, ProgramRunner.Settings.defaults()
                    .withAccess(config.access())
                    .withMachine(MachineOptions.defaults().withGcStress(config.gcStress()).withMaxSteps(MAX_STEPS)
                            .withHeap(HEAP_INITIAL_WORDS, MachineOptions.DEFAULT_HEAP_MAX_WORDS)));
            return outcome.succeeded() ? VALUE + outcome.output()
                    : "fault " + outcome.fault().kind() + ": " + outcome.fault().getMessage();
        } catch (StaticErrorException e) {
            return "static error: " + e.render();
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            return "crash: " + e;
        }
    }
}
