package dev.stg.bench;

import dev.stg.interp.code.CompiledProgram;
import dev.stg.interp.run.ProgramRunner;

/** One measured run of main: a fresh machine, the printed value, the counters recorded. */
final class Runs {

    private Runs() {
    }

    static String runMain(CompiledProgram program, ProgramRunner.Settings settings, MachineCounters counters) {
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(program, settings);
        if (!outcome.succeeded()) throw new IllegalStateException("benchmark run failed: " + outcome.fault().getMessage());
        counters.record(outcome.stats());
        return outcome.output();
    }
}
