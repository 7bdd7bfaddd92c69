package dev.stg.core.nest;

/**
 * What the nesting pass may do.
 *
 * @param mode         flat leaves the program alone
 * @param threshold    K: a parent pointer is stored only when it saves at least K words
 *                     (variables reached through it minus the one word of the pointer)
 * @param thunkParents whether an updatable thunk may be a parent
 */
public record NestingOptions(ClosureMode mode, int threshold, boolean thunkParents) {

    /**
     * The default K. The NestedClosures wiki suggests about 3; on the samples/nested f-series a
     * smaller K mostly lengthens parent chains (more hops per access) for a word or two per
     * closure, so 3 is kept.
     */
    public static final int DEFAULT_THRESHOLD = 3;

    public NestingOptions {
        if (mode == null) throw new IllegalArgumentException("a closure mode is required");
        if (threshold < 0) {
            throw new IllegalArgumentException("--nest-threshold must be 0 or more words, not " + threshold);
        }
    }

    public static NestingOptions of(ClosureMode mode) {
        return new NestingOptions(mode, DEFAULT_THRESHOLD, false);
    }

    public NestingOptions withThreshold(int words) {
        return new NestingOptions(mode, words, thunkParents);
    }

    public NestingOptions withThunkParents(boolean allowed) {
        return new NestingOptions(mode, threshold, allowed);
    }
}
