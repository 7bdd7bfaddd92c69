package dev.stg.interp.code;

/** How a body reads its free variables (docs/machine.md, "Code and operands", free-variable access). */
public enum AccessStrategy {
    /** Read each free variable through the closure (and its parent chain) at every use. */
    LAZY,
    /** Copy every free variable into a register slot on entry. */
    EAGER
}
