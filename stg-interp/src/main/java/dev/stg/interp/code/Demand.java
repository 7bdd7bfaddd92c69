package dev.stg.interp.code;

import java.util.Arrays;

/**
 * What a parent edge keeps alive of its target: a mask of the target's fields, and, for each
 * demanded field that is itself a parent pointer, what it keeps of the grandparent. The tree
 * is the child's nested entry: {@code \(p{a gp{x}})} demands {@code a} and {@code gp} of
 * {@code p}, and of {@code gp} only {@code x}.
 *
 * <p>Why a tree and not a mask: a parent's own edge to the grandparent demands what the
 * parent and every child read through it. When only one child keeps the parent alive, scanning
 * the grandparent with the parent's own mask keeps what no live closure can read: in
 * {@code showList__}, the thunk {@code showl xs} holds {@code xs}, and {@code showl}, nested
 * under it, kept the whole list shown so far alive through its parent's edge (nofib's
 * digits-of-e1, docs/nesting.md "Space safety"). Flat closures would not.
 *
 * <p>A sub-demand left out ({@code null}) stands for the holder's own edge: what the
 * holder's info table demands through that field. That is what a case frame or a register
 * that reads a closure's fields demands beyond them (it knows the fields, not the paths), and
 * what {@link #ALL} demands. It covers every path a child reaches through the holder, since a
 * child's nested entry names only what its parent's entry holds, so a union with it is it
 * (unless the other side is {@link #ALL}). {@link #ALL} as a sub-demand: the child uses the
 * grandparent as a value (calls it), so it is kept whole.
 */
public final class Demand {

    /** The whole object, update slot included; its parent fields demand what its own code does. */
    public static final Demand ALL = new Demand(InfoTable.ALL_FIELDS, null);

    private final long mask;
    /** By field index: what a demanded parent field keeps of its target; null (or a null entry): the holder's own. */
    private final Demand[] through;

    private Demand(long mask, Demand[] through) {
        this.mask = mask;
        this.through = through;
    }

    /** The fields of {@code mask}; parent fields among them demand what the holder's own edges do. */
    public static Demand of(long mask) {
        return mask == InfoTable.ALL_FIELDS ? ALL : new Demand(mask, null);
    }

    /** The fields of {@code mask}, and through parent field i, {@code through[i]} (null: the holder's own). */
    public static Demand of(long mask, Demand[] through) {
        if (mask == InfoTable.ALL_FIELDS) return ALL;
        return Arrays.stream(through).allMatch(d -> d == null) ? new Demand(mask, null) : new Demand(mask, through.clone());
    }

    public long mask() {
        return mask;
    }

    /** Whether field {@code field} is demanded. */
    public boolean demands(int field) {
        return InfoTable.demands(mask, field);
    }

    /** What demanded parent field {@code field} of an object with table {@code holder} keeps of its target. */
    public Demand through(int field, InfoTable holder) {
        Demand sub = sub(field);
        return sub == null ? holder.parentDemand[field] : sub;
    }

    /**
     * The demand of two edges on one object. Returns {@code a} itself when {@code b} adds
     * nothing, so the collector sees growth by identity.
     */
    public static Demand union(Demand a, Demand b) {
        if (a == b) return a;
        if (a == ALL || b == ALL) return ALL;
        long mask = a.mask | b.mask;
        int n = Math.max(a.through == null ? 0 : a.through.length, b.through == null ? 0 : b.through.length);
        Demand[] through = new Demand[n];
        boolean sameAsA = mask == a.mask;
        boolean sameAsB = mask == b.mask;
        for (int i = 0; i < n; i++) {
            Demand sa = a.sub(i);
            Demand sb = b.sub(i);
            boolean inA = InfoTable.demands(a.mask, i);
            boolean inB = InfoTable.demands(b.mask, i);
            Demand u;
            if (!inB) u = sa;
            else if (!inA) u = sb;
            else if (sa == ALL || sb == ALL) u = ALL;
            else if (sa == null || sb == null) u = null; // the holder's own edge covers every child's path
            else u = union(sa, sb);
            through[i] = u;
            sameAsA &= u == sa || !inA && !inB;
            sameAsB &= u == sb || !inA && !inB;
        }
        if (sameAsA) return a;
        if (sameAsB) return b;
        return of(mask, through);
    }

    private Demand sub(int field) {
        return through == null || field >= through.length ? null : through[field];
    }

    /** {@code {0,2 gp:{1}}}: the demanded fields, and what a parent field among them keeps beyond. */
    @Override
    public String toString() {
        if (this == ALL) return "all";
        StringBuilder out = new StringBuilder("{");
        for (int f = 0; f < 63; f++) {
            if (!InfoTable.demands(mask, f)) continue;
            if (out.length() > 1) out.append(',');
            out.append(f);
            Demand sub = sub(f);
            if (sub != null) out.append(':').append(sub);
        }
        return out.append('}').toString();
    }
}
