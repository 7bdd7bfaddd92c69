package dev.stg.interp.machine;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * How a machine runs: limits, GC stress, tracing.
 *
 * @param maxSteps         fault after this many steps ({@code --max-steps}); Long.MAX_VALUE for none
 * @param heapInitialWords the first heap space's size in words
 * @param heapMaxWords     {@code --heap-max}, in words
 * @param stackMaxWords    {@code --stack-max}, in words
 * @param gcStress         collect at every allocation and check the heap after each collection
 * @param heapChecks       run the heap sanity checker after every collection (implied by gcStress)
 * @param trace            what sees every step ({@link BriefTrace}, {@link StepView}), or null: no tracing
 * @param ignoreParentMasks debug only: the collector keeps every field of every parent, which
 *                          shows (in a test) the leak that parent masks prevent
 * @param stdin            what the program's {@code getchar} reads
 * @param stdout           where the program's {@code putchar} writes bytes (the machine buffers
 *                         them and flushes when an evaluation ends, however it ends)
 * @param args             the program's arguments ({@code stg_arg_count}, {@code stg_arg_byte})
 * @param workingDirectory the folder below which the program may read files ({@code stg_file_open})
 */
public record MachineOptions(long maxSteps, int heapInitialWords, int heapMaxWords, int stackMaxWords,
                             boolean gcStress, boolean heapChecks, StepTracer trace, boolean ignoreParentMasks,
                             InputStream stdin, OutputStream stdout, List<String> args, Path workingDirectory) {

    public static final int DEFAULT_HEAP_INITIAL_WORDS = 1 << 18;
    public static final int DEFAULT_HEAP_MAX_WORDS = 1 << 26;
    public static final int DEFAULT_STACK_MAX_WORDS = 1 << 26;

    public static MachineOptions defaults() {
        return new MachineOptions(Long.MAX_VALUE, DEFAULT_HEAP_INITIAL_WORDS, DEFAULT_HEAP_MAX_WORDS,
                DEFAULT_STACK_MAX_WORDS, false, false, null, false,
                System.in, System.out, List.of(), Path.of("").toAbsolutePath());
    }

    public MachineOptions withGcStress(boolean on) {
        return new MachineOptions(maxSteps, heapInitialWords, heapMaxWords, stackMaxWords, on, heapChecks, trace, ignoreParentMasks, stdin, stdout, args, workingDirectory);
    }

    public MachineOptions withHeapChecks(boolean on) {
        return new MachineOptions(maxSteps, heapInitialWords, heapMaxWords, stackMaxWords, gcStress, on, trace, ignoreParentMasks, stdin, stdout, args, workingDirectory);
    }

    public MachineOptions withMaxSteps(long steps) {
        return new MachineOptions(steps, heapInitialWords, heapMaxWords, stackMaxWords, gcStress, heapChecks, trace, ignoreParentMasks, stdin, stdout, args, workingDirectory);
    }

    public MachineOptions withHeap(int initialWords, int maxWords) {
        return new MachineOptions(maxSteps, initialWords, maxWords, stackMaxWords, gcStress, heapChecks, trace, ignoreParentMasks, stdin, stdout, args, workingDirectory);
    }

    public MachineOptions withStackMax(int words) {
        return new MachineOptions(maxSteps, heapInitialWords, heapMaxWords, words, gcStress, heapChecks, trace, ignoreParentMasks, stdin, stdout, args, workingDirectory);
    }

    public MachineOptions withIgnoredParentMasks(boolean on) {
        return new MachineOptions(maxSteps, heapInitialWords, heapMaxWords, stackMaxWords, gcStress, heapChecks, trace, on, stdin, stdout, args, workingDirectory);
    }

    public MachineOptions withIO(InputStream in, OutputStream out) {
        return new MachineOptions(maxSteps, heapInitialWords, heapMaxWords, stackMaxWords, gcStress, heapChecks, trace, ignoreParentMasks, in, out, args, workingDirectory);
    }

    public MachineOptions withTracer(StepTracer tracer) {
        return new MachineOptions(maxSteps, heapInitialWords, heapMaxWords, stackMaxWords, gcStress, heapChecks, tracer, ignoreParentMasks, stdin, stdout, args, workingDirectory);
    }

    /** The program's arguments and the folder its files are read from (docs/prelude-hs.md). */
    public MachineOptions withProgram(List<String> arguments, Path directory) {
        return new MachineOptions(maxSteps, heapInitialWords, heapMaxWords, stackMaxWords, gcStress, heapChecks, trace, ignoreParentMasks, stdin, stdout,
                List.copyOf(arguments), directory.toAbsolutePath());
    }
}
