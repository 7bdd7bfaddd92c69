package dev.stg.interp.machine;

/** A fault of the running program (exit status 1); the REPL reports it and carries on. */
public final class RuntimeFault extends RuntimeException {

    /** What went wrong, for tests and exit handling. */
    public enum Kind {
        NO_MATCHING_ALTERNATIVE, LOOP, DIVISION_BY_ZERO, HEAP_EXHAUSTED, STACK_OVERFLOW, STEP_LIMIT,
        BAD_APPLICATION, UNBOXED_THUNK_RESULT, ERROR_CALLED, INTERRUPTED
    }

    private final Kind kind;

    public RuntimeFault(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
