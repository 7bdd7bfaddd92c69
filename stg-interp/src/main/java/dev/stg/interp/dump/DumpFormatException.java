package dev.stg.interp.dump;

/** A heap dump or heap profile that cannot be read: where, and what was expected there. */
public final class DumpFormatException extends Exception {

    public DumpFormatException(String message) {
        super(message, null, false, false);
    }
}
