package dev.stg.interp.code;

/**
 * What a case frame does when a value returns to it: restore the saved live slots (the frame
 * holds only the variables its alternatives use) and select an alternative.
 */
public record CaseContinuation(int[] savedSlots, Alternatives alts) {
}
