package dev.stg.bench;

import dev.stg.interp.code.CompiledProgram;
import dev.stg.interp.run.ProgramRunner;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** One measured run of main: a fresh machine, the printed value, the counters recorded. */
final class Runs {

    private Runs() {
    }

    static String runMain(CompiledProgram program, ProgramRunner.Settings settings, MachineCounters counters) {
        return succeeded(ProgramRunner.runMain(program, settings), counters).output();
    }

    /**
     * Runs an imported Haskell program's IO {@code main} (its arguments and folder as
     * {@code settings} give them, no stdin) and returns what it wrote to stdout.
     */
    static String runIo(CompiledProgram program, ProgramRunner.Settings settings, MachineCounters counters) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        succeeded(ProgramRunner.runMain(program, settings.withMachine(settings.machine().withIO(InputStream.nullInputStream(), stdout))),
                counters);
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private static ProgramRunner.Outcome succeeded(ProgramRunner.Outcome outcome, MachineCounters counters) {
        if (!outcome.succeeded()) throw new IllegalStateException("benchmark run failed: " + outcome.fault().getMessage());
        counters.record(outcome.stats());
        return outcome;
    }
}
