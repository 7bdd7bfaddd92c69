package dev.stg.interp.cli;

import dev.stg.core.CheckedProgram;
import dev.stg.interp.dump.HeapProfiler;
import dev.stg.interp.dump.HeapSession;
import dev.stg.interp.machine.Machine;
import dev.stg.interp.run.ProgramRunner;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The heap dump and heap profile options of {@code stg run}. */
final class HeapOptions {

    @Option(names = "--heap-dump", paramLabel = "FILE",
            description = "Write a JSON heap dump at the end of the run (or on a runtime error).")
    Path heapDump;

    @Option(names = "--dump-at-step", paramLabel = "N",
            description = "Take the heap dump at the first collection at or after step N instead.")
    Long dumpAtStep;

    @Option(names = "--heap-profile", paramLabel = "FILE",
            description = "Write the residency after each collection in GHC's .hp format (hp2ps reads it).")
    Path heapProfile;

    @Option(names = "--profile-every", paramLabel = "N",
            description = "Also collect and sample every N steps (with --heap-profile).")
    Long profileEvery;

    @Option(names = "--profile-axis", paramLabel = "AXIS", defaultValue = "seconds",
            description = "What the heap profile's time axis counts: seconds, or alloc (words allocated, the same "
                    + "in every run, so profiles of two closure modes line up) (default: ${DEFAULT-VALUE}).")
    String profileAxis;

    /** Checks the option combinations; a message for a usage error. */
    void validate() {
        if (dumpAtStep != null && heapDump == null) throw new IllegalArgumentException("--dump-at-step needs --heap-dump");
        if (dumpAtStep != null && dumpAtStep < 1) throw new IllegalArgumentException("--dump-at-step must be at least 1");
        if (profileEvery != null && heapProfile == null) {
            throw new IllegalArgumentException("--profile-every needs --heap-profile");
        }
        if (profileEvery != null && profileEvery < 1) throw new IllegalArgumentException("--profile-every must be at least 1");
        axis();
    }

    private HeapProfiler.Axis axis() {
        switch (profileAxis) {
            case "seconds":
                return HeapProfiler.Axis.SECONDS;
            case "alloc":
                return HeapProfiler.Axis.ALLOC;
            default:
                throw new IllegalArgumentException("--profile-axis must be seconds or alloc, not '" + profileAxis + "'");
        }
    }

    /**
     * Runs main with the dump and profile attached, and writes them; warns on {@code err} when
     * the profile got no sample.
     */
    ProgramRunner.Outcome run(CheckedProgram program, ProgramRunner.Settings settings, List<Path> files,
                              PrintWriter err) throws IOException {
        Machine machine = ProgramRunner.load(program, settings);
        HeapProfiler profiler = heapProfile == null ? null : HeapProfiler.open(heapProfile, job(files),
                profileEvery == null ? 0 : profileEvery, axis());
        HeapSession session = new HeapSession(heapDump, dumpAtStep == null ? 0 : dumpAtStep, profiler);
        session.attach(machine);
        ProgramRunner.Outcome outcome = ProgramRunner.evaluate(machine, machine.program().globalAddress("main"), settings);
        session.finish(machine, !outcome.succeeded());
        if (profiler != null && profiler.samples() == 0) {
            err.println("stg run: warning: " + heapProfile + " has no samples: no collection happened in "
                    + outcome.stats().steps + " steps; sample every N steps with --profile-every N (e.g. --profile-every "
                    + Math.max(1, outcome.stats().steps / 50) + "), or make collections frequent with --heap-initial 64K");
        }
        return outcome;
    }

    boolean active() {
        return heapDump != null || heapProfile != null;
    }

    private static String job(List<Path> files) {
        return "stg run " + files.stream().map(Path::toString).collect(Collectors.joining(" "));
    }
}
