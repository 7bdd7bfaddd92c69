package dev.stg.core.nest;

import dev.stg.core.analysis.FreeVariables;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the parent of one closure {@code q} built at {@code site} in the body of the current
 * closure (see {@link Nesting} for the rules).
 */
final class ParentChooser {

    /** A candidate parent and what the current closure can reach through it. */
    private record Candidate(Holder target, List<Field> view) {
    }

    /**
     * The chosen parent entry and how many of q's flat free variables it replaces.
     */
    record Choice(Field.Parent entry, int covered) {
        int wordsSaved() {
            return covered - 1;
        }
    }

    private final NestingOptions options;
    private final Map<String, Span> open;
    private final Names site;

    private ParentChooser(NestingOptions options, LambdaForm q, Names site) {
        this.options = options;
        this.open = FreeVariables.openNames(q);
        this.site = site;
    }

    static Optional<Choice> choose(NestingOptions options, LambdaForm q, Names site, Current current) {
        return new ParentChooser(options, q, site).best(current);
    }

    private Optional<Choice> best(Current current) {
        Choice best = null;
        for (Candidate candidate : candidates(current)) {
            if (!candidate.target().mayBeParent(options)) continue;
            Optional<Choice> choice = evaluate(candidate);
            if (choice.isPresent() && (best == null || choice.get().covered() > best.covered())) best = choice.get();
        }
        return best != null && best.wordsSaved() >= options.threshold() ? Optional.of(best) : Optional.empty();
    }

    /** The current closure, then the ancestors it reaches, depth first in list order. */
    private List<Candidate> candidates(Current current) {
        List<Candidate> candidates = new ArrayList<>();
        Holder self = current.self();
        if (current.headVisibleAt(self.name(), site)) candidates.add(new Candidate(self, self.fields()));
        collectAncestors(self.fields(), current, candidates);
        return candidates;
    }

    private void collectAncestors(List<Field> view, Current current, List<Candidate> into) {
        for (Field field : view) {
            if (!(field instanceof Field.Parent p)) continue;
            if (!p.name().equals(current.self().name()) && current.headVisibleAt(p.name(), site)) {
                into.add(new Candidate(p.target(), p.reached()));
            }
            collectAncestors(p.reached(), current, into);
        }
    }

    private Optional<Choice> evaluate(Candidate candidate) {
        List<Field> reached = restrict(candidate.view());
        if (reached.isEmpty()) return Optional.empty();
        Field.Parent entry = new Field.Parent(candidate.target(), reached);
        if (capturesName(entry)) return Optional.empty();
        if (options.mode() == ClosureMode.NESTED && !needsAll(candidate)) return Optional.empty();
        return Optional.of(new Choice(entry, covered(List.of(entry))));
    }

    /**
     * Nested mode: q must need every field of the candidate, so pointing to it keeps nothing
     * alive that q would not keep anyway; the view must be the candidate's whole field list.
     */
    private boolean needsAll(Candidate candidate) {
        return candidate.view().equals(candidate.target().fields()) && candidate.view().stream().allMatch(this::needs);
    }

    private boolean needs(Field field) {
        if (uses(field)) return true;
        return field instanceof Field.Parent p && !p.reached().isEmpty() && p.reached().stream().allMatch(this::needs);
    }

    /** The part of {@code view} q reads: its variables, and the heads leading to them. */
    private List<Field> restrict(List<Field> view) {
        List<Field> kept = new ArrayList<>();
        for (Field field : view) {
            if (field instanceof Field.Parent p) {
                List<Field> inner = restrict(p.reached());
                if (uses(p) || !inner.isEmpty()) kept.add(new Field.Parent(p.target(), inner));
            } else if (uses(field)) {
                kept.add(field);
            }
        }
        return kept;
    }

    /** Whether q uses this name, meaning the same binder as the field. */
    private boolean uses(Field field) {
        return open.containsKey(field.name()) && site.lookup(field.name()) == field.id();
    }

    /**
     * A head q does not use still becomes a name in q's body: if q uses that name for another
     * binder (or a global), the nested entry would capture it.
     */
    private boolean capturesName(Field field) {
        if (!(field instanceof Field.Parent p)) return false;
        if (open.containsKey(p.name()) && !uses(p)) return true;
        return p.reached().stream().anyMatch(this::capturesName);
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
