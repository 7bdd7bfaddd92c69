package dev.stg.interp.gc;

/** Live data does not fit in {@code --heap-max}; the machine reports it as a runtime fault. */
public final class HeapExhaustedException extends RuntimeException {

    public HeapExhaustedException(String message) {
        super(message, null, false, false);
    }
}
