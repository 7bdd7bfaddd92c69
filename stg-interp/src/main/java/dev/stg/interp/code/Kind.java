package dev.stg.interp.code;

/** What an info table describes: a heap object or a stack frame. */
public enum Kind {
    /** A function closure: arity > 0, fields are its free variables. */
    FUN,
    /** An updatable thunk (update slot after the header) or a non-updatable closure with no parameters. */
    THUNK,
    /** A constructor value: fields are its arguments. */
    CON,
    /** A partial application: a function pointer and fewer arguments than its arity. */
    PAP,
    /** The static object that replaces pointer fields no live closure may read (nested-partial mode). */
    DEAD,
    /** Bottom of the stack: returning to it ends an evaluation. */
    STOP_FRAME,
    /** Overwrite a thunk with the value returned to it. */
    UPDATE_FRAME,
    /** A case continuation: the saved live variables and the alternatives. */
    CASE_FRAME,
    /** Arguments waiting for the function that is being evaluated (over-saturated or unknown calls). */
    ARGS_FRAME;

    public boolean isFrame() {
        return ordinal() >= STOP_FRAME.ordinal();
    }
}
