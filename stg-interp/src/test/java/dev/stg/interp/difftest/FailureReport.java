package dev.stg.interp.difftest;

import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.print.Printer;
import dev.stg.interp.difftest.DifferentialRunner.Discrepancy;


/** Shrinks a failing program and describes it: seed, configuration, both results, the shrunk program. */
final class FailureReport {

    private static final int SHRINK_ATTEMPTS = 300;

    private FailureReport() {
    }

    static String describe(GeneratedProgram failing, Discrepancy discrepancy) {
        GeneratedProgram shrunk = Shrinker.shrink(failing,
                candidate -> sameFailure(candidate, discrepancy.configuration()), SHRINK_ATTEMPTS);
        Configuration config = discrepancy.configuration();
        String remaining = config + ": expected " + DifferentialRunner.run(shrunk.filled(), Configuration.REFERENCE)
                + " but got " + DifferentialRunner.run(shrunk.filled(), config);
        return "seed " + failing.seed() + " in " + discrepancy + "\nshrunk program (" + remaining
                + "):\n" + Printer.print(shrunk.filled());
    }

    /** Whether the candidate is well-formed and well-typed and still fails in the same configuration. */
    static boolean sameFailure(GeneratedProgram candidate, Configuration configuration) {
        try {
            if (!Binders.boxityMismatches(candidate, DifferentialRunner.check(candidate.filled())).isEmpty()) {
                return false;
            }
        } catch (StaticErrorException ill) {
            return false;
        }
        return DifferentialRunner.disagrees(candidate.filled(), configuration);
    }
}
