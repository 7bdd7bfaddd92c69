package dev.stg.interp.machine;

import java.util.List;
import dev.stg.core.print.Spelling;
import dev.stg.core.syntax.Rep;
import dev.stg.core.ghc.GhcNames;
import dev.stg.interp.code.InfoTable;
import dev.stg.interp.code.Kind;
import dev.stg.core.syntax.UnboxedTuples;
import dev.stg.interp.heap.Heap;

/**
 * Prints a value fully forced, in source syntax: {@code Cons (Int# 1#) Nil}, {@code 42#},
 * {@code <function>}, {@code <pap>}; or in ministg's style: {@code (Cons (I 1) Nil)}.
 * Thunks met on the way are evaluated by the machine; the pointers the printer holds meanwhile
 * are pinned so collections keep them valid. A last field is printed by iteration, not
 * recursion, so a long list needs no Java stack; cyclic or infinite values stop at the size
 * or depth limit with {@code ...}.
 */
public final class ValuePrinter {

    /**
     * How constructor applications and literals are written. GHC: as GHC's native build of an
     * imported program would show the value, constructors unqualified and operators in
     * parentheses ({@code (:) (I# 1#) []}).
     */
    public enum Style { NATIVE, MINISTG, GHC }

    private final Machine machine;
    private final Style style;
    private final int maxDepth;
    private final long maxNodes;
    private long nodes;

    public ValuePrinter(Machine machine, Style style, int maxDepth, long maxNodes) {
        this.machine = machine;
        this.style = style;
        this.maxDepth = maxDepth;
        this.maxNodes = maxNodes;
    }

    /**
     * The value of an evaluation, forcing every thunk inside it; an unboxed result is a literal of
     * its rep. {@code reps} is what the boxity analysis says the evaluation gives: one rep, or an
     * unboxed tuple's component reps (the stop frame knows only which components are pointers).
     */
    public String print(Machine.Result result, List<Rep> reps) {
        if (result.isTuple()) return tuple(result, reps);
        if (!result.pointer()) return literal(unboxed(reps, 0), result.value());
        StringBuilder out = new StringBuilder();
        int handle = machine.pin(result.value());
        try {
            print(handle, 0, style == Style.MINISTG, out);
        } finally {
            machine.unpinFrom(handle);
        }
        return out.toString();
    }

    /**
     * An unboxed tuple returned to the stop frame, as a constructor application {@code (#,#) a b};
     * every pointer component is pinned first, since forcing one may collect.
     */
    private String tuple(Machine.Result result, List<Rep> reps) {
        long[] components = result.components();
        StringBuilder out = new StringBuilder(UnboxedTuples.name(components.length));
        int first = -1;
        for (int i = 0; i < components.length; i++) {
            if ((result.pointers() & 1L << i) == 0) continue;
            int handle = machine.pin(components[i]);
            if (first < 0) first = handle;
        }
        try {
            int handle = first;
            for (int i = 0; i < components.length; i++) {
                out.append(' ');
                if ((result.pointers() & 1L << i) == 0) {
                    out.append(literal(unboxed(reps, i), components[i]));
                } else {
                    print(handle++, 1, true, out);
                }
            }
        } finally {
            if (first >= 0) machine.unpinFrom(first);
        }
        return out.toString();
    }

    /** The rep of unboxed component {@code i}: Int# where the analysis left it unconstrained. */
    private static Rep unboxed(List<Rep> reps, int i) {
        Rep rep = reps.size() > i ? reps.get(i) : Rep.INT;
        return rep.isPointer() ? Rep.INT : rep;
    }

    private void print(int handle, int depth, boolean parenthesize, StringBuilder out) {
        int closes = 0;
        boolean paren = parenthesize;
        while (true) {
            long p = force(handle);
            if (p < 0) {
                out.append(literal(Rep.INT, machine.pinned(handle)));
                break;
            }
            if (++nodes > maxNodes || depth > maxDepth) {
                out.append("...");
                break;
            }
            InfoTable info = machine.info(p);
            if (info.kind == Kind.FUN) {
                out.append("<function>");
                break;
            }
            if (info.kind == Kind.PAP) {
                out.append("<pap>");
                break;
            }
            int fields = info.fieldCount();
            if (fields == 0) {
                out.append(name(info));
                break;
            }
            if (paren) {
                out.append('(');
                closes++;
            }
            out.append(name(info));
            boolean continued = false;
            for (int i = 0; i < fields; i++) {
                out.append(' ');
                long word = machine.heap().words[(int) machine.pinned(handle) + 1 + i];
                if (info.fieldTypes[i] == InfoTable.INT) {
                    out.append(literal(info.fieldRep(i), word));
                } else if (i == fields - 1) {
                    machine.setPinned(handle, word);
                    continued = true;
                } else {
                    int inner = machine.pin(word);
                    print(inner, depth + 1, true, out);
                    machine.unpinFrom(inner);
                }
            }
            if (!continued) break;
            paren = true;
            depth++;
        }
        out.append(")".repeat(closes));
    }

    /**
     * Evaluates the pinned value to weak head normal form and re-pins the result; returns its
     * address, or -1 when it turned out to be an Int# (left in the pin).
     */
    private long force(int handle) {
        long p = machine.pinned(handle);
        long[] words = machine.heap().words;
        p = Heap.followIndirections(words, p);
        if (machine.info(p).kind == Kind.THUNK) {
            Machine.Result value = machine.evaluate(p, true);
            machine.setPinned(handle, value.value());
            return value.pointer() ? value.value() : -1;
        }
        machine.setPinned(handle, p);
        return p;
    }

    private String name(InfoTable info) {
        return style == Style.GHC ? GhcNames.display(info.name) : info.name;
    }

    /** A literal as GHC's dump spells it ({@code 5#}, {@code 'a'#}, {@code 2.5##}); ministg's numbers bare. */
    private String literal(Rep rep, long value) {
        return style != Style.MINISTG ? Spelling.literal(rep, value) : Long.toString(value);
    }

    /**
     * The text of a {@code [Char]} value, forcing it (as GHC prints an uncaught ErrorCall's
     * message), or null when the value turns out not to be a list of {@code C#} characters.
     * Past {@code maxNodes} characters the text ends in {@code ...}, so an infinite message ends.
     */
    public String text(long p) {
        StringBuilder out = new StringBuilder();
        int handle = machine.pin(p);
        try {
            while (true) {
                long cell = force(handle);
                if (cell < 0) return null;
                InfoTable info = machine.info(cell);
                String name = unqualified(info.name);
                if (info.kind == Kind.CON && name.equals("[]") && info.fieldCount() == 0) return out.toString();
                if (info.kind != Kind.CON || !name.equals(":") || info.fieldCount() != 2
                        || info.fieldTypes[0] != InfoTable.PTR || info.fieldTypes[1] != InfoTable.PTR) {
                    return null;
                }
                if (++nodes > maxNodes) return out.append("...").toString();
                int head = machine.pin(machine.heap().words[(int) cell + 1]);
                long c = force(head);
                machine.unpinFrom(head);
                if (c < 0) return null;
                InfoTable ch = machine.info(c);
                if (ch.kind != Kind.CON || !unqualified(ch.name).equals("C#") || ch.fieldCount() != 1
                        || ch.fieldTypes[0] != InfoTable.INT) {
                    return null;
                }
                out.appendCodePoint((int) machine.heap().words[(int) c + 1]);
                machine.setPinned(handle, machine.heap().words[(int) machine.pinned(handle) + 2]);
            }
        } finally {
            machine.unpinFrom(handle);
        }
    }

    /** {@code GHC.Types.:} and {@code :} alike: the name after its module qualifier. */
    private static String unqualified(String name) {
        int dot = name.lastIndexOf('.', name.length() - 2);
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /** A value as it is now, without evaluating anything: for error messages. */
    public String shallow(long p) {
        StringBuilder out = new StringBuilder();
        shallow(p, 0, out);
        return out.toString();
    }

    private void shallow(long p, int depth, StringBuilder out) {
        long[] words = machine.heap().words;
        p = Heap.followIndirections(words, p);
        InfoTable info = machine.info(p);
        switch (info.kind) {
            case FUN -> out.append("<function>");
            case PAP -> out.append("<pap>");
            case THUNK -> out.append("<thunk>");
            case CON -> {
                if (info.fieldCount() == 0) {
                    out.append(info.name);
                    return;
                }
                if (depth > maxDepth) {
                    out.append("...");
                    return;
                }
                if (depth > 0) out.append('(');
                out.append(info.name);
                for (int i = 0; i < info.fieldCount(); i++) {
                    out.append(' ');
                    long word = words[(int) p + 1 + i];
                    if (info.fieldTypes[i] == InfoTable.INT) out.append(literal(info.fieldRep(i), word));
                    else shallow(word, depth + 1, out);
                }
                if (depth > 0) out.append(')');
            }
            default -> out.append('<').append(info.kind.name().toLowerCase(java.util.Locale.ROOT)).append('>');
        }
    }
}
