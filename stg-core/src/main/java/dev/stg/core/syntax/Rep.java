package dev.stg.core.syntax;

/**
 * What one machine word holds: a heap pointer or one unboxed kind. Boxity is "pointer or one
 * of these"; the collector needs only pointer or not (every unboxed word is a non-pointer), the
 * primops and the value printer need the kind. {@link #FLOAT} is stored as the double nearest
 * the float (every Float# result is rounded to float precision), so it shares Double#'s
 * representation but prints and computes as Haskell's Float.
 */
public enum Rep {
    POINTER("pointer"),
    INT("Int#"),
    WORD("Word#"),
    CHAR("Char#"),
    DOUBLE("Double#"),
    FLOAT("Float#"),
    /** An address into the program's static bytes (string literals): an unboxed word. */
    ADDR("Addr#");

    private final String display;

    Rep(String display) {
        this.display = display;
    }

    public boolean isPointer() {
        return this == POINTER;
    }

    /** How error messages and {@code :info} name it: {@code Int#}, {@code pointer}. */
    public String display() {
        return display;
    }
}
