package dev.stg.core;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work on a thread with a large Java stack. The front end and the passes after it walk
 * the program recursively, one Java frame or a few per nesting level, so how deep a program
 * may nest is set by the Java stack, not by the STG stack: the CLI runs every command here,
 * and {@link dev.stg.core.parse.NativeParser#MAX_DEPTH} is chosen to fit in it with room to spare.
 */
public final class DeepStack {

    /** Reserved, not committed: a thread touches only the pages its recursion reaches. */
    public static final long STACK_BYTES = 1L << 30;

    private DeepStack() {
    }

    public static <T> T call(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, Thread.currentThread().getName() + "-deep", STACK_BYTES);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                thread.interrupt();
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
        return result.get();
    }
}
