package dev.stg.bench;

import dev.stg.core.gen.FnFamily;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.code.CompiledProgram;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The thread CPU time of ProgramBench's and NestingBench's runs, for side-by-side.sh on a
 * loaded machine: other processes stretch wall time many times over but CPU time far less.
 * Usage: {@code CpuTimes WARMUP MEASURED ITEM...}, an item {@code nfib} (a samples/bench
 * program, flat closures) or {@code f200:nested} (f_n, lazy access, in batches of
 * {@link #FN_BATCH} runs as one f_n run is well under a millisecond). Prints one line per
 * item: its name and the median CPU milliseconds of one run.
 */
public final class CpuTimes {

    private static final int FN_BATCH = 200;
    /** NestingBench's heap: room for f200 flat without a collection. */
    private static final int FN_HEAP_WORDS = 1 << 15;

    private CpuTimes() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: CpuTimes WARMUP MEASURED (PROGRAM | fN:CLOSURES)...");
            System.exit(2);
        }
        int warmup = Integer.parseInt(args[0]);
        int measured = Integer.parseInt(args[1]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String item : Arrays.asList(args).subList(2, args.length)) {
            boolean fn = item.startsWith("f") && item.contains(":");
            CompiledProgram program;
            ProgramRunner.Settings settings = ProgramRunner.Settings.defaults();
            int batch = 1;
            if (fn) {
                int n = Integer.parseInt(item.substring(1, item.indexOf(':')));
                program = BenchProgram.compile("f" + n + ".stg", FnFamily.source(n), item.substring(item.indexOf(':') + 1),
                        AccessStrategy.LAZY);
                settings = settings.withMachine(MachineOptions.defaults().withHeap(FN_HEAP_WORDS,
                        MachineOptions.DEFAULT_HEAP_MAX_WORDS));
                batch = FN_BATCH;
            } else {
                program = BenchProgram.compile(item + ".stg", BenchProgram.sample(item + ".stg"), "flat", AccessStrategy.LAZY);
            }
            double[] times = new double[measured];
            for (int i = -warmup; i < measured; i++) {
                long started = threads.getCurrentThreadCpuTime();
                for (int b = 0; b < batch; b++) Runs.runMain(program, settings, new MachineCounters());
                if (i >= 0) times[i] = (threads.getCurrentThreadCpuTime() - started) / 1e6 / batch;
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "%s\t%.4f%n", item, times[measured / 2]);
        }
    }
}
