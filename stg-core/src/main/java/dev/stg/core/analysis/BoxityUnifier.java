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

    /**
     * Why a class has its kind: {@code what} happened at {@code where}. An unboxed tuple returned
     * in registers has {@code components} (a node per component) and no rep of its own.
     */
    private record Reason(Rep kind, String what, Span where, List<Integer> components) {
        Reason(Rep kind, String what, Span where) {
            this(kind, what, where, null);
        }

        boolean isTuple() {
            return components != null;
        }

        String kindName() {
            return isTuple() ? "an unboxed tuple of " + components.size() : name(kind);
        }

        String describe() {
            return kindName() + " (" + what + " at " + where.location() + ")";
        }

        boolean agrees(Reason other) {
            return isTuple() ? other.isTuple() && components.size() == other.components.size()
                    : !other.isTuple() && kind == other.kind;
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

    /**
     * A new node for an unboxed tuple of the {@code components}. Each use has its own components:
     * unboxed tuples are not monomorphic by name, as constructor fields are.
     */
    int tuple(List<Integer> components, String what, Span where) {
        int node = node(null);
        reasons.set(node, new Reason(null, what, where, List.copyOf(components)));
        return node;
    }

    void require(int node, Rep kind, String what, Span where) {
        int root = find(node);
        Reason reason = new Reason(kind, what, where);
        if (reasons.get(root) == null) {
            reasons.set(root, reason);
        } else if (!reasons.get(root).agrees(reason)) {
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
        } else if (reasonB != null && !reasonA.agrees(reasonB)) {
            conflict(ra, label(a, b), reasonA, reasonB, where);
        } else if (reasonB != null && reasonA.isTuple()) {
            for (int i = 0; i < reasonA.components().size(); i++) {
                unify(reasonA.components().get(i), reasonB.components().get(i), where);
            }
        }
    }

    /** The class's rep; a pointer when nothing constrains it, and for an unboxed tuple (see {@link #isTuple}). */
    Rep kind(int node) {
        Reason reason = reasons.get(find(node));
        return reason == null || reason.isTuple() ? Rep.POINTER : reason.kind();
    }

    /** The kinds of an unboxed tuple's components, or one kind for anything else. */
    List<Rep> kinds(int node) {
        Reason reason = reasons.get(find(node));
        if (reason == null || !reason.isTuple()) return List.of(kind(node));
        return reason.components().stream().map(this::kind).toList();
    }

    boolean isTuple(int node) {
        Reason reason = reasons.get(find(node));
        return reason != null && reason.isTuple();
    }

    /** Why the node's class has its kind, for messages; null when nothing constrains it. */
    String describe(int node) {
        Reason reason = reasons.get(find(node));
        return reason == null ? null : reason.describe();
    }

    /** The class's representative: nodes with the same root are one class. */
    int root(int node) {
        return find(node);
    }

    private void conflict(int root, String label, Reason first, Reason second, Span where) {
        if (conflicted.get(root)) return;
        conflicted.set(root, true);
        diags.error(where, label + " is both " + first.describe() + " and " + second.describe(),
                "one boxity for " + label + ": " + choice(first, second));
    }

    /** The two ways to agree, the unboxed one first: "always Int#, or always a pointer". */
    private static String choice(Reason a, Reason b) {
        boolean swap = !a.isTuple() && a.kind().isPointer();
        return "always " + (swap ? b : a).kindName() + ", or always " + (swap ? a : b).kindName();
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
