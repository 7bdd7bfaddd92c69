package dev.stg.interp.heap;

import dev.stg.interp.code.InfoTable;

/**
 * The two walks every reader of the machine's memory makes: over heap objects laid end to end,
 * and over the stack's frames from the top down. As in GHC's rts/sm/Scav.c the layout is data
 * (each header names an {@link InfoTable}, which gives the object's or frame's size), so one
 * loop serves every shape; the collector, the sanity checker, the heap dump, the step view and
 * the machine's fault recovery differ only in what they do with each object or frame.
 *
 * <p>A header whose index is not an info table stops the walk with an {@link IllegalStateException}
 * saying where: only a broken heap has one, and the sanity checker's messages should name it.
 */
public final class HeapWalk {

    private HeapWalk() {
    }

    /** What a heap walk does with an object: its address, header word and info table. */
    @FunctionalInterface
    public interface ObjectVisitor<X extends Exception> {
        void object(int at, long header, InfoTable info) throws X;
    }

    /** What a stack walk does with a frame: its header is at {@code top}, its payload from {@code base} up. */
    @FunctionalInterface
    public interface FrameVisitor<X extends Exception> {
        void frame(int top, int base, InfoTable frame) throws X;
    }

    /**
     * Visits the objects from {@code from} while they start below {@code end}; returns the
     * address after the last one, which is {@code end} unless the last object overran it.
     */
    public static <X extends Exception> int objects(long[] words, int from, int end, InfoTable[] tables,
                                                    ObjectVisitor<X> visit) throws X {
        int at = from;
        while (at < end) {
            long header = words[at];
            if ((header & Header.FORWARDED) != 0) throw new IllegalStateException("forwarding header left at " + at);
            InfoTable info = table(tables, Header.info(header), "heap object", at);
            visit.object(at, header, info);
            at += info.words();
        }
        return at;
    }

    /**
     * Visits the frames of {@code words[bottom, sp)}, the top one first (the stack grows up and
     * each frame's header word is its highest); returns how many there were.
     */
    public static <X extends Exception> int frames(long[] words, int bottom, int sp, InfoTable[] tables,
                                                   FrameVisitor<X> visit) throws X {
        int count = 0;
        int top = sp - 1;
        while (top >= bottom) {
            InfoTable frame = table(tables, (int) words[top], "stack frame", top);
            if (!frame.kind.isFrame()) throw new IllegalStateException("stack word " + top + " is not a frame header: " + frame);
            int base = top - frame.fieldCount();
            visit.frame(top, base, frame);
            count++;
            top = base - 1;
        }
        return count;
    }

    private static InfoTable table(InfoTable[] tables, int index, String what, int at) {
        if (index < 0 || index >= tables.length) {
            throw new IllegalStateException("bad info index " + index + " in the header of the " + what + " at " + at);
        }
        return tables[index];
    }
}
