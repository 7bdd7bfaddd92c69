package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Union-find over boxity variables. A class of unified nodes is unconstrained, Int#, or a
 * pointer; the first constraint of a class is remembered as the place to quote when a later
 * one contradicts it. A class reports at most one conflict, so one mistake gives one error.
 */
final class BoxityUnifier {

    /** {@code TUPLE}: an unboxed tuple returned in registers, with a node per component. */
    enum Kind { POINTER, INT, TUPLE }

    /** Why a class has its kind: {@code what} happened at {@code where}; a tuple's component nodes. */
    private record Reason(Kind kind, String what, Span where, List<Integer> components) {
        Reason(Kind kind, String what, Span where) {
            this(kind, what, where, List.of());
        }

        String describe() {
            String kindName = switch (kind) {
                case INT -> "Int#";
                case POINTER -> "a pointer";
                case TUPLE -> "an unboxed tuple of " + components.size();
            };
            return kindName + " (" + what + " at " + where.location() + ")";
        }

        boolean agrees(Reason other) {
            return kind == other.kind && components.size() == other.components.size();
        }
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

    int node(String label, Kind kind, String what, Span where) {
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
        reasons.set(node, new Reason(Kind.TUPLE, what, where, List.copyOf(components)));
        return node;
    }

    void require(int node, Kind kind, String what, Span where) {
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
        } else if (reasonB != null && !reasonA.agrees(reasonB)) {
            conflict(ra, label(a, b), reasonA, reasonB, where);
        } else if (reasonB != null) {
            for (int i = 0; i < reasonA.components().size(); i++) {
                unify(reasonA.components().get(i), reasonB.components().get(i), where);
            }
        }
    }

    Kind kind(int node) {
        Reason reason = reasons.get(find(node));
        return reason == null ? Kind.POINTER : reason.kind();
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
                "one boxity for " + label + ": always Int#, or always a pointer");
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
