package dev.stg.interp.heap;

/**
 * The machine's own heap: one {@code long[]} space with bump allocation, no Java object per
 * STG closure. Addresses are word indices. Every space starts with the same static region
 * (address 0 is null, then the DEAD object, then the global closures), which the collector
 * copies but never moves, so static addresses are constants in code.
 */
public final class Heap {

    public static final int NULL = 0;
    public static final int DEAD_ADDRESS = 1;
    public static final int FIRST_STATIC = 2;

    /** The current space; the run loop caches it and reloads it after every collection. */
    public long[] words;
    /** Next free word. */
    public int hp;
    public final int staticEnd;
    /** The largest space, in words, the heap may grow to ({@code --heap-max}). */
    public final int maxWords;

    public Heap(long[] staticImage, int initialWords, int maxWords) {
        int size = Math.max(initialWords, staticImage.length + 1024);
        if (staticImage.length + 1024 > maxWords) {
            throw new IllegalArgumentException("--heap-max is smaller than the program's static closures");
        }
        this.maxWords = maxWords;
        this.words = new long[Math.min(size, maxWords)];
        System.arraycopy(staticImage, 0, words, 0, staticImage.length);
        this.staticEnd = staticImage.length;
        this.hp = staticEnd;
    }

    /**
     * Follows updated thunks (indirections) in {@code words} to the value they were overwritten
     * with: the one loop the run loop, the value printer and the step view share.
     */
    public static long followIndirections(long[] words, long p) {
        while (Header.isUpdated(words[(int) p])) p = words[(int) p + 1];
        return p;
    }

    /** Words allocated since the static region: the live data right after a collection. */
    public int dynamicWords() {
        return hp - staticEnd;
    }
}
