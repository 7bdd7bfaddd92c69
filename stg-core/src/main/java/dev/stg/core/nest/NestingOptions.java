package dev.stg.core.nest;

/**
 * What the nesting pass may do.
 *
 * @param mode         flat leaves the program alone
 * @param threshold    K: a parent pointer is stored only when it saves at least K words
 *                     (variables reached through it minus the one word of the pointer)
 * @param thunkParents whether an updatable thunk may be a parent
 * @param siblings     whether a closure may also point to a closure built earlier in the same
 *                     body (a let in scope), not only to the enclosing closure and its chain
 */
public record NestingOptions(ClosureMode mode, int threshold, boolean thunkParents, boolean siblings) {

    /**
     * The default K, as the NestedClosures wiki suggests. Measured on samples/nested/f50.stg
     * (nested mode): K = 1 stores 347 free-variable words and makes 1128 parent hops, K = 3
     * stores 350 and makes 1035, K = 6 stores 362 and makes 903 (flat: 1475 and 0). Below 3 a
     * pointer buys a word or two for longer chains; above, savings are given up quickly. Over
     * samples/nested and GHC's dumps of samples/ghc (docs/nesting.md, "Choosing K") K = 1 saves
     * under 0.1% of the words K = 3 stores, each for about one more parent hop.
     */
    public static final int DEFAULT_THRESHOLD = 3;

    public NestingOptions {
        if (mode == null) throw new IllegalArgumentException("a closure mode is required");
        if (threshold < 0) {
            throw new IllegalArgumentException("--nest-threshold must be 0 or more words, not " + threshold);
        }
    }

    public static NestingOptions of(ClosureMode mode) {
        return new NestingOptions(mode, DEFAULT_THRESHOLD, false, false);
    }

    public NestingOptions withThreshold(int words) {
        return new NestingOptions(mode, words, thunkParents, siblings);
    }

    public NestingOptions withThunkParents(boolean allowed) {
        return new NestingOptions(mode, threshold, allowed, siblings);
    }

    public NestingOptions withSiblings(boolean allowed) {
        return new NestingOptions(mode, threshold, thunkParents, allowed);
    }

    /** The same options in another mode. */
    public NestingOptions withMode(ClosureMode other) {
        return new NestingOptions(other, threshold, thunkParents, siblings);
    }
}
