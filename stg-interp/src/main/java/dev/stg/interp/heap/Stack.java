package dev.stg.interp.heap;

/**
 * The STG stack: a machine structure of words, not the Java stack, so a million-deep
 * non-tail recursion needs no Java frames. Frames are payload words with the header word on
 * top; the stack grows up to {@code --stack-max} words.
 */
public final class Stack {

    public long[] words;
    /** The first free word; the top frame's header is at {@code sp - 1}. */
    public int sp;
    public final int maxWords;

    public Stack(int initialWords, int maxWords) {
        this.maxWords = maxWords;
        this.words = new long[Math.max(16, Math.min(initialWords, maxWords))];
    }

    /** Makes room for {@code needed} more words, or reports false when that passes the limit. */
    public boolean ensure(int sp, int needed) {
        long want = (long) sp + needed;
        if (want <= words.length) return true;
        if (want > maxWords) return false;
        long grown = Math.min(maxWords, Math.max(want, (long) words.length * 2));
        words = java.util.Arrays.copyOf(words, (int) grown);
        return true;
    }
}
