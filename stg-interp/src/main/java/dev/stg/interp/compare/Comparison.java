package dev.stg.interp.compare;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingCensus;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.code.CompiledProgram;
import dev.stg.interp.machine.Machine;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one program in several configurations and checks they agree (docs/evidence.md says how
 * the figures are taken). Each configuration's program is rewritten and compiled once and run
 * once for its output and counters (which do not vary between runs: the machine is
 * deterministic); these first runs also warm the JIT up. A second run samples its residency at
 * the same steps as every other configuration's ({@link SameStepResidency}): about
 * {@value #SAME_STEP_SAMPLES} collections, every so many steps of the first configuration's
 * run. Then every configuration runs {@code runs} more times, in turns, for its time: the median.
 */
public final class Comparison {

    /** How many same-step samples a run gets, at most. */
    static final long SAME_STEP_SAMPLES = 1_000;
    /** The fewest steps between two same-step samples: a short run needs no more. */
    static final long SAME_STEP_MIN_INTERVAL = 1_000;

    /** Configurations whose outputs differ: the first differing one against the first configuration. */
    public static final class Disagreement extends Exception {
        public Disagreement(String message) {
            super(message, null, false, false);
        }
    }

    private Comparison() {
    }

    /**
     * Measures {@code flat} (a checked program whose lists are flat) in each configuration.
     *
     * @param machine the limits and heap every run gets; its stdin and stdout are replaced per run
     * @param stdin   what each run reads from stdin
     * @param runs    timed runs per configuration, at least 1
     */
    public static List<Measurement> measure(CheckedProgram flat, List<SourceFile> sources,
                                            List<Configuration> configurations, MachineOptions machine,
                                            byte[] stdin, int runs) throws Disagreement {
        Map<Configuration, Prepared> prepared = new LinkedHashMap<>();
        long every = 0;
        for (Configuration configuration : configurations) {
            CheckedProgram program = Nesting.rewrite(flat, configuration.nesting(), sources, Frontend.Main.REQUIRED);
            CompiledProgram compiled = ProgramRunner.compile(program, configuration.access());
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ProgramRunner.Outcome first = ProgramRunner.runMain(compiled, settings(configuration, machine, stdin, stdout));
            if (every == 0) every = Math.max(SAME_STEP_MIN_INTERVAL, first.stats().steps / SAME_STEP_SAMPLES);
            long sameStep = sameStepResidency(compiled, settings(configuration, machine, stdin, new ByteArrayOutputStream()), every);
            prepared.put(configuration, new Prepared(configuration, compiled, NestingCensus.of(program.program()),
                    output(program, first, stdout), first, sameStep, new long[runs]));
        }
        List<Prepared> all = new ArrayList<>(prepared.values());
        // Round by round, each round starting one configuration later, so that the JIT's warming
        // up, the machine's load and the position in a round weigh on every configuration alike.
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < all.size(); k++) {
                Prepared p = all.get((i + k) % all.size());
                ProgramRunner.Settings settings = settings(p.configuration(), machine, stdin, new ByteArrayOutputStream());
                long start = System.nanoTime();
                ProgramRunner.runMain(p.compiled(), settings);
                p.nanos()[i] = System.nanoTime() - start;
            }
        }
        List<Measurement> measured = new ArrayList<>();
        for (Prepared p : all) {
            Arrays.sort(p.nanos());
            measured.add(new Measurement(p.configuration(), p.census(), p.output(), p.first().stats(), p.sameStepResidency(),
                    p.nanos()[runs / 2]));
        }
        checkAgreement(measured);
        return measured;
    }

    /** A configuration compiled and run once, waiting for its timed runs. */
    private record Prepared(Configuration configuration, CompiledProgram compiled, NestingCensus census, String output,
                            ProgramRunner.Outcome first, long sameStepResidency, long[] nanos) {
    }

    /** A run of its own, since the forced collections would change the first run's counters. */
    private static long sameStepResidency(CompiledProgram compiled, ProgramRunner.Settings settings, long every) {
        Machine machine = new Machine(compiled, settings.machine());
        SameStepResidency residency = new SameStepResidency(every);
        machine.setObserver(residency);
        ProgramRunner.evaluate(machine, compiled.globalAddress("main"), settings);
        return residency.maxWords();
    }

    /** The flat measurement with {@code configuration}'s access strategy: what its ratios are taken to. */
    static Measurement flatOf(List<Measurement> measurements, Configuration configuration) {
        return measurements.stream().filter(m -> m.configuration().equals(configuration.flat())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no flat run for " + configuration.name()));
    }

    /**
     * Every output equals the first one's; otherwise the error names the first configuration
     * that differs and quotes the first line where the two differ.
     */
    public static void checkAgreement(List<Measurement> measurements) throws Disagreement {
        Measurement reference = measurements.get(0);
        for (Measurement m : measurements) {
            if (m.output().equals(reference.output())) continue;
            String[] a = reference.output().split("\n", -1);
            String[] b = m.output().split("\n", -1);
            int line = 0;
            while (line < a.length && line < b.length && a[line].equals(b[line])) line++;
            throw new Disagreement("outputs differ: " + reference.configuration().name() + " and "
                    + m.configuration().name() + " first differ at output line " + (line + 1) + "\n"
                    + "  " + reference.configuration().name() + ": " + quote(a, line) + "\n"
                    + "  " + m.configuration().name() + ": " + quote(b, line));
        }
    }

    private static final int QUOTED = 200;

    private static String quote(String[] lines, int line) {
        if (line >= lines.length || line == lines.length - 1 && lines[line].isEmpty()) return "(no more output)";
        String text = lines[line];
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "...";
    }

    private static ProgramRunner.Settings settings(Configuration configuration, MachineOptions machine, byte[] stdin,
                                                   ByteArrayOutputStream stdout) {
        return ProgramRunner.Settings.defaults().withAccess(configuration.access())
                .withMachine(machine.withIO(new ByteArrayInputStream(stdin), stdout));
    }

    /** What {@code stg run} would show: the program's stdout, main's value (not an IO main's), the fault. */
    private static String output(CheckedProgram program, ProgramRunner.Outcome outcome, ByteArrayOutputStream stdout) {
        StringBuilder text = new StringBuilder(stdout.toString(StandardCharsets.UTF_8));
        if (outcome.output() != null && !ProgramRunner.isIoProgram(program)) text.append(outcome.output()).append('\n');
        String fault = outcome.faultReport("runtime error: ");
        if (fault != null) text.append(fault).append('\n');
        return text.toString();
    }
}
