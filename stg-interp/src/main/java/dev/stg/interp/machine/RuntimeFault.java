package dev.stg.interp.machine;

/**
 * A fault of the running program (exit status 1); the REPL reports it and carries on. Two kinds
 * end a run without being the machine's complaint: {@link Kind#RAISED} ({@code raise#}; its
 * payload is the pointer to the raised value, which the runner turns into the message) and
 * {@link Kind#EXITED} (the {@code exit} foreign call; its payload is the exit status).
 */
public final class RuntimeFault extends RuntimeException {

    /** What went wrong, for tests and exit handling. */
    public enum Kind {
        NO_MATCHING_ALTERNATIVE, LOOP, DIVISION_BY_ZERO, HEAP_EXHAUSTED, STACK_OVERFLOW, STEP_LIMIT,
        BAD_APPLICATION, UNBOXED_THUNK_RESULT, ERROR_CALLED, INTERRUPTED, IO_ERROR, RAISED, EXITED
    }

    private final Kind kind;
    private final long payload;

    public RuntimeFault(Kind kind, String message) {
        this(kind, message, 0);
    }

    public RuntimeFault(Kind kind, String message, long payload) {
        super(message, null, false, false);
        this.kind = kind;
        this.payload = payload;
    }

    public Kind kind() {
        return kind;
    }

    /** RAISED: the raised value's heap pointer; EXITED: the exit status; 0 otherwise. */
    public long payload() {
        return payload;
    }

    /** The process exit status this fault ends a run with. */
    public int exitStatus() {
        return kind == Kind.EXITED ? (int) payload : 1;
    }
}
