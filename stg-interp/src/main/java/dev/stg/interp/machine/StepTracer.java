package dev.stg.interp.machine;

/**
 * Sees every step of a machine run with a tracer ({@code --trace}, the REPL's {@code :trace}
 * and {@code :step}). The run loop calls it only behind its {@code tracing} flag, before the
 * step's rule acts: a machine without a tracer does no work for it.
 */
public interface StepTracer {

    /**
     * One step.
     *
     * @param at      EVAL mode: the {@link dev.stg.interp.code.Code} being executed; otherwise the info
     *                table of the object entered or applied, or of the frame returned to
     * @param sp      the stack pointer before the step
     * @param value   the object entered or applied, or the value returned; {@link #NO_VALUE} in EVAL mode
     * @param pointer whether {@code value} is a heap pointer (false for an Int#)
     */
    void step(Machine machine, long step, Rule rule, Object at, int sp, long value, boolean pointer);

    /** {@code value} of a step in EVAL mode, where the code says what is evaluated. */
    long NO_VALUE = -1;

    /** An evaluation starts; {@code forPrinter} when the value printer forces part of a result. */
    default void evaluationStarts(Machine machine, boolean forPrinter) {
    }

    /** The evaluation ends, with its value or a fault. */
    default void evaluationEnds(Machine machine) {
    }
}
