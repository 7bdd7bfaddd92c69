package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Rep;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Union-find over boxity variables. A class of unified nodes is unconstrained, a pointer, or
 * one unboxed {@link Rep} (Int#, Char#, Double#, ...); the first constraint of a class is remembered as the place to quote when a later
 * one contradicts it. A class reports at most one conflict, so one mistake gives one error.
 */
final class BoxityUnifier {

    /** Why a class has its kind: {@code what} happened at {@code where}. */
    private record Reason(Rep kind, String what, Span where) {
        String describe() {
            return name(kind) + " (" + what + " at " + where.location() + ")";
        }
    }

    private static String name(Rep rep) {
        return rep.isPointer() ? "a pointer" : rep.display();
    }

    private final Diagnostics diags;
    private final List<Integer> parents = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<Reason> reasons = new ArrayList<>();
    private final List<Boolean> conflicted = new ArrayList<>();

    BoxityUnifier(Diagnostics diags) {
        this.diags = diags;
    }

    /** A new node; {@code label} names it in conflicts ("'x'", "field 1 of constructor 'Cons'"), or null. */
    int node(String label) {
        parents.add(parents.size());
        labels.add(label);
        reasons.add(null);
        conflicted.add(false);
        return parents.size() - 1;
    }

    int node(String label, Rep kind, String what, Span where) {
        int node = node(label);
        require(node, kind, what, where);
        return node;
    }

    void require(int node, Rep kind, String what, Span where) {
        int root = find(node);
        Reason reason = new Reason(kind, what, where);
        if (reasons.get(root) == null) {
            reasons.set(root, reason);
        } else if (reasons.get(root).kind() != kind) {
            conflict(root, label(node, node), reasons.get(root), reason, where);
        }
    }

    void unify(int a, int b, Span where) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) return;
        Reason reasonA = reasons.get(ra);
        Reason reasonB = reasons.get(rb);
        parents.set(rb, ra);
        if (labels.get(ra) == null) labels.set(ra, labels.get(rb));
        conflicted.set(ra, conflicted.get(ra) || conflicted.get(rb));
        if (reasonA == null) {
            reasons.set(ra, reasonB);
        } else if (reasonB != null && reasonA.kind() != reasonB.kind()) {
            conflict(ra, label(a, b), reasonA, reasonB, where);
        }
    }

    Rep kind(int node) {
        Reason reason = reasons.get(find(node));
        return reason == null ? Rep.POINTER : reason.kind();
    }

    private void conflict(int root, String label, Reason first, Reason second, Span where) {
        if (conflicted.get(root)) return;
        conflicted.set(root, true);
        diags.error(where, label + " is both " + first.describe() + " and " + second.describe(),
                "one boxity for " + label + ": " + choice(first.kind(), second.kind()));
    }

    /** The two ways to agree, the unboxed one first: "always Int#, or always a pointer". */
    private static String choice(Rep a, Rep b) {
        Rep first = a.isPointer() ? b : a;
        Rep second = a.isPointer() ? a : b;
        return "always " + name(first) + ", or always " + name(second);
    }

    /** The most specific name for what is being unified: either node's own label, else its class's. */
    private String label(int a, int b) {
        for (int node : new int[] {a, b, find(a), find(b)}) {
            if (labels.get(node) != null) return labels.get(node);
        }
        return "a value";
    }

    private int find(int node) {
        int root = node;
        while (parents.get(root) != root) root = parents.get(root);
        while (parents.get(node) != root) {
            int next = parents.get(node);
            parents.set(node, root);
            node = next;
        }
        return root;
    }
}
