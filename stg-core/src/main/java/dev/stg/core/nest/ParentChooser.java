package dev.stg.core.nest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the parent of one closure {@code q} built in the body of the closure {@code current}
 * (see {@link Nesting} for the rules). Names were renamed apart before the pass, and every
 * comparison here is by binder identity.
 *
 * <p>The candidates form one chain: the current closure, then the ancestor its one parent
 * entry names, then that one's, and so on; each one's view is a part of the previous one's, so
 * it covers no more of q. The first eligible candidate is therefore the best (ties go to the
 * nearest), and the search stops there: the cost is the size of the views looked at, not the
 * size of the chain times its depth. Siblings (closures built earlier in the same body) are
 * not on that chain: each is weighed on its own, and wins only by saving more than the chain.
 */
final class ParentChooser {

    /** The chosen parent entry and how many of q's flat free variables it replaces. */
    record Choice(Field.Parent entry, int covered) {
        int wordsSaved() {
            return covered - 1;
        }
    }

    private final NestingOptions options;
    /** The binders q's exact flat list names: what q (and the closures it builds) read. */
    private final Set<BinderId> used;

    private ParentChooser(NestingOptions options, Set<BinderId> used) {
        this.options = options;
        this.used = used;
    }

    /**
     * The entry that saves q the most words, if it saves at least K: the best of the chain from
     * {@code current}, or of {@code siblings} (closures built earlier in the same body, nearest
     * first; empty unless {@link NestingOptions#siblings()}), which win only by saving more.
     */
    static Optional<Choice> choose(NestingOptions options, Set<BinderId> used, Holder current, List<Holder> siblings) {
        ParentChooser chooser = new ParentChooser(options, used);
        Optional<Choice> best = chooser.first(current, current.fields());
        for (Holder sibling : siblings) {
            if (!sibling.mayBeSibling(options)) continue;
            Optional<Choice> choice = chooser.evaluate(sibling, sibling.fields());
            if (choice.isPresent() && (best.isEmpty() || choice.get().covered() > best.get().covered())) best = choice;
        }
        return best.filter(choice -> choice.wordsSaved() >= options.threshold());
    }

    /** The first eligible candidate from {@code target} (whose fields q can see as {@code view}) down the chain. */
    private Optional<Choice> first(Holder target, List<Field> view) {
        if (target.mayBeParent(options)) {
            Optional<Choice> choice = evaluate(target, view);
            if (choice.isPresent()) return choice;
        }
        for (Field field : view) {
            if (field instanceof Field.Parent p) return first(p.target(), p.reached());
        }
        return Optional.empty();
    }

    private Optional<Choice> evaluate(Holder target, List<Field> view) {
        if (options.mode() == ClosureMode.NESTED && !(view.equals(target.fields()) && view.stream().allMatch(this::needs))) {
            return Optional.empty();
        }
        Set<BinderId> heads = new HashSet<>();
        heads.add(target.id());
        List<Field> reached = restrict(view, heads);
        if (reached.isEmpty()) return Optional.empty();
        Field.Parent entry = new Field.Parent(target, reached);
        return Optional.of(new Choice(entry, covered(reached) + (uses(entry) ? 1 : 0)));
    }

    /**
     * Nested mode: q must need every field of the candidate, so pointing to it keeps nothing
     * alive that q would not keep anyway.
     */
    private boolean needs(Field field) {
        if (uses(field)) return true;
        return field instanceof Field.Parent p && !p.reached().isEmpty() && p.reached().stream().allMatch(this::needs);
    }

    /**
     * The part of {@code view} q reads: its variables, and the heads leading to them. A field
     * that is a head on the way to it (a letrec closure holding itself) is left out: the head
     * already provides it.
     */
    private List<Field> restrict(List<Field> view, Set<BinderId> heads) {
        List<Field> kept = new ArrayList<>();
        for (Field field : view) {
            if (heads.contains(field.id())) continue;
            if (field instanceof Field.Parent p) {
                heads.add(p.id());
                List<Field> inner = restrict(p.reached(), heads);
                heads.remove(p.id());
                if (uses(p) || !inner.isEmpty()) kept.add(new Field.Parent(p.target(), inner));
            } else if (uses(field)) {
                kept.add(field);
            }
        }
        return kept;
    }

    private boolean uses(Field field) {
        return used.contains(field.id());
    }

    private int covered(List<Field> fields) {
        int covered = 0;
        for (Field field : fields) {
            if (uses(field)) covered++;
            if (field instanceof Field.Parent p) covered += covered(p.reached());
        }
        return covered;
    }
}
