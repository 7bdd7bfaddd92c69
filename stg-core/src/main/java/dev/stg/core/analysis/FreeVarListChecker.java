package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one closure's free-variable list in two steps: {@link #resolve} reads the entries
 * where the closure is built (before its body is checked, since the body sees what nested
 * entries reach), {@link #checkExact} compares them with what the body used (after).
 *
 * <p>Nested entries. {@code p{a b}} in the list of a closure built in scope S is valid when
 * {@code p} names, in S, a closure whose lambda-form is statically known: a let/letrec binder,
 * the closure running in S (inside the body of {@code f = \(..) .. -> e}, {@code f} names the
 * running closure even for a non-recursive let), or a closure S reaches through a nested entry of
 * its own. Such a closure <em>holds</em> its top-level free-variable entries; a closure reached
 * through an entry {@code q{d e}} holds only {@code d e}. Each name reached must be held:
 * {@code a} directly, and an inner {@code q{d e}} needs {@code q} held and {@code d e} held by
 * {@code q}, recursively. Everything a nested entry names, heads included, is available in the
 * closure's body.
 *
 * <p>Exactness. A closure uses a name when its body, or any closure built inside it, refers to
 * it (as a variable or as the head of a nested entry) and the name resolves to a local bound
 * outside the closure. Every used name must be in the list (plainly or reached); every plain
 * entry must be used, and a nested entry must be used itself or reach something used.
 */
final class FreeVarListChecker {

    /** {@code listFix}: whether the hint ends with the corrected list (not for reachability, where it would mislead). */
    private record Problem(Span span, String message, String hint, boolean listFix) {
    }

    private final Binding closure;
    private final Scope site;
    private final Set<String> globals;
    private final Diagnostics diags;
    private final Scope.ClosureFrame frame;
    private final Set<FreeVarEntry> rejected = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> listed = new HashSet<>();

    FreeVarListChecker(Binding closure, Scope site, Set<String> globals, Diagnostics diags) {
        this.closure = closure;
        this.site = site;
        this.globals = globals;
        this.diags = diags;
        this.frame = Scope.ClosureFrame.of(closure.name(), Local.closure(closure.binder(), closure.lambda(), site),
                closure.lambda().freeVars());
    }

    Scope.ClosureFrame frame() {
        return frame;
    }

    void resolve() {
        for (FreeVarEntry entry : closure.lambda().freeVars()) {
            if (!distinct(entry)) continue;
            boolean nested = entry instanceof FreeVarEntry.Parent;
            Scope.Lookup lookup = site.lookup(entry.name(), nested, Optional.of(entry.span()));
            if (!lookup.found()) {
                reject(entry, globals.contains(entry.name())
                        ? "free-variable list of '" + name() + "' names the global '" + entry.name() + "'"
                        : "free-variable list of '" + name() + "' names '" + entry.name() + "', which is not in scope",
                        "remove '" + entry.name() + "' from the free-variable list of '" + name() + "'"
                                + (globals.contains(entry.name()) ? " (globals are never free variables)" : ""), true);
                if (nested) {
                    bindUnresolved(entry);
                } else {
                    frame.listedPlain().add(entry.name());
                }
            } else if (entry instanceof FreeVarEntry.Parent p) {
                if (lookup.owner() != null) lookup.owner().reachedThrough(lookup.local(), p.name(), p.reached(), p.span());
                if (lookup.owner() != null && lookup.local() == lookup.owner().self() && ambiguousHead(p, lookup.local())) {
                    bindUnresolved(p);
                } else {
                    reach(p, lookup.local());
                }
            } else {
                frame.listedPlain().add(entry.name());
            }
        }
    }

    /** Binds {@code p} and what it reaches in the closure's body, checking each is held. */
    private void reach(FreeVarEntry.Parent p, Local head) {
        Optional<Map<String, Local>> holds = head.holds();
        frame.throughParents().put(p.name(), Local.view(head, p.reached()));
        if (holds.isEmpty()) {
            reject(p, "nested entry '" + FreeVarListText.entry(p) + "' in the free-variable list of '" + name()
                            + "': '" + p.name() + "' is not a closure whose free variables are statically known",
                    "a let- or letrec-bound closure, the closure being defined, or one reached through a nested entry",
                    false);
            p.reached().forEach(this::bindUnresolved);
            return;
        }
        for (FreeVarEntry r : p.reached()) {
            if (!distinct(r)) continue;
            Local held = holds.get().get(r.name());
            if (held == null) {
                reject(r, "nested entry '" + FreeVarListText.entry(p) + "' in the free-variable list of '" + name()
                                + "' reaches '" + r.name() + "', but '" + p.name() + "' does not hold it",
                        "one of what '" + p.name() + "' holds: " + heldNames(holds.get()), false);
                bindUnresolved(r);
            } else {
                shadowed(p, r, held);
                if (r instanceof FreeVarEntry.Parent q) {
                    reach(q, held);
                } else {
                    frame.throughParents().put(r.name(), held);
                }
            }
        }
    }

    /**
     * A name reached through a nested entry becomes that name in the closure's body, so it must
     * be the very binder the name means where the closure is built: otherwise the entry would
     * silently replace the variable in scope with the one the parent holds (issue 10).
     */
    private void shadowed(FreeVarEntry.Parent p, FreeVarEntry r, Local held) {
        Local here = site.lookup(r.name(), false, Optional.empty()).local();
        if (here == null || !held.isResolved() || !here.isResolved() || here.sameBinder(held)) return;
        reject(r, "nested entry '" + FreeVarListText.entry(p) + "' in the free-variable list of '" + name()
                        + "' reaches '" + r.name() + "' through '" + p.name() + "', which holds the '" + r.name()
                        + "' bound at " + held.binder().span().location() + ", but where '" + name()
                        + "' is built '" + r.name() + "' means the '" + r.name() + "' bound at "
                        + here.binder().span().location(),
                "list '" + r.name() + "' plainly, or reach it through a closure that holds the '" + r.name()
                        + "' in scope", false);
    }

    /**
     * Inside {@code h}'s body the head {@code h} names the running closure; if h also holds a
     * different closure called {@code h}, the entry could mean either.
     */
    private boolean ambiguousHead(FreeVarEntry.Parent p, Local running) {
        Local other = running.holds().orElse(Map.of()).get(p.name());
        if (other == null || !other.isResolved() || other.sameBinder(running)) return false;
        reject(p, "nested entry '" + FreeVarListText.entry(p) + "' in the free-variable list of '" + name()
                        + "' is ambiguous: '" + p.name() + "' names the running closure '" + p.name() + "' bound at "
                        + running.binder().span().location() + ", which also holds the '" + p.name()
                        + "' bound at " + other.binder().span().location(),
                "rename one of the two '" + p.name() + "'", false);
        return true;
    }

    /**
     * Treats the names of a broken nested entry as if listed plainly, so the body's uses of them
     * resolve lexically and report nothing more.
     */
    private void bindUnresolved(FreeVarEntry entry) {
        listed.add(entry.name());
        frame.listedPlain().add(entry.name());
        if (entry instanceof FreeVarEntry.Parent p) p.reached().forEach(this::bindUnresolved);
    }

    private static String heldNames(Map<String, Local> holds) {
        return holds.isEmpty() ? "nothing" : String.join(" ", holds.keySet());
    }

    private boolean distinct(FreeVarEntry entry) {
        if (listed.add(entry.name())) return true;
        reject(entry, "free variable '" + entry.name() + "' is listed twice in the free-variable list of '"
                + name() + "'", "list each free variable once", true);
        return false;
    }

    private void reject(FreeVarEntry entry, String message, String hint, boolean listFix) {
        rejected.add(entry);
        problems.add(new Problem(entry.span(), message, hint, listFix));
    }

    /** Reports every list problem, then every used name missing and every entry unused. */
    void checkExact() {
        List<FreeVarEntry> corrected = corrected();
        String fix = ": \\" + FreeVarListText.parenthesised(corrected);
        for (Problem problem : problems) {
            diags.error(problem.span(), problem.message(), problem.hint() + (problem.listFix() ? fix : ""));
        }
        frame.uses().forEach((used, span) -> {
            if (!listed.contains(used)) {
                diags.error(span, "closure '" + name() + "' uses '" + used
                                + "' but its free-variable list does not include it",
                        "add '" + used + "' to the free-variable list of '" + name() + "'" + fix);
            }
        });
        reportUnused(closure.lambda().freeVars(), fix);
    }

    private void reportUnused(List<FreeVarEntry> entries, String fix) {
        for (FreeVarEntry entry : entries) {
            if (rejected.contains(entry)) continue;
            if (!used(entry)) {
                diags.error(entry.span(), "closure '" + name() + "' lists '" + entry.name()
                                + "' as a free variable but does not use it",
                        "remove '" + entry.name() + "' from the free-variable list of '" + name() + "'" + fix);
            } else if (entry instanceof FreeVarEntry.Parent p) {
                reportUnused(p.reached(), fix);
            }
        }
    }

    private boolean used(FreeVarEntry entry) {
        if (frame.uses().containsKey(entry.name())) return true;
        return entry instanceof FreeVarEntry.Parent p && p.reached().stream().anyMatch(this::used);
    }

    /** The list with rejected and unused entries dropped and missing names appended. */
    private List<FreeVarEntry> corrected() {
        List<FreeVarEntry> kept = keep(closure.lambda().freeVars());
        Set<String> keptNames = new HashSet<>();
        collectNames(kept, keptNames);
        List<FreeVarEntry> corrected = new ArrayList<>(kept);
        frame.uses().forEach((used, span) -> {
            if (!keptNames.contains(used)) corrected.add(new FreeVarEntry.Plain(used, span));
        });
        return corrected;
    }

    private List<FreeVarEntry> keep(List<FreeVarEntry> entries) {
        List<FreeVarEntry> kept = new ArrayList<>();
        for (FreeVarEntry entry : entries) {
            if (rejected.contains(entry) || !used(entry)) continue;
            kept.add(entry instanceof FreeVarEntry.Parent p
                    ? new FreeVarEntry.Parent(p.name(), p.span(), keep(p.reached())) : entry);
        }
        return kept;
    }

    private static void collectNames(List<FreeVarEntry> entries, Set<String> names) {
        for (FreeVarEntry entry : entries) {
            names.add(entry.name());
            if (entry instanceof FreeVarEntry.Parent p) collectNames(p.reached(), names);
        }
    }

    private String name() {
        return closure.name();
    }
}
