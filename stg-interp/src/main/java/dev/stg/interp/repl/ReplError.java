package dev.stg.interp.repl;

/** A mistake in what was typed (unknown command, bad setting, missing argument): reported, and the session goes on. */
final class ReplError extends RuntimeException {

    ReplError(String message) {
        super(message, null, false, false);
    }
}
