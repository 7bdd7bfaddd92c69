package dev.stg.core.analysis;

import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lexical scope: a chain of frames, innermost first. A body frame binds parameters and
 * let/case binders; a closure frame marks the boundary of a closure's body. A lookup that
 * crosses a closure boundary is a free variable of that closure (recorded in its
 * {@link ClosureFrame#uses}), unless the closure reaches the name through one of its nested
 * entries, which binds the name right at the boundary.
 */
final class Scope {

    private final Scope outer;
    private final Map<String, Local> names;
    private final ClosureFrame closure;

    private Scope(Scope outer, Map<String, Local> names, ClosureFrame closure) {
        this.outer = outer;
        this.names = names;
        this.closure = closure;
    }

    static Scope top() {
        return new Scope(null, Map.of(), null);
    }

    /** A body frame; the map may still be filled in (letrec binders refer to their own scope). */
    Scope bind(Map<String, Local> binders) {
        return new Scope(this, binders, null);
    }

    Scope enter(ClosureFrame frame) {
        return new Scope(this, Map.of(), frame);
    }

    /**
     * The result of looking a name up: a local, or nothing (then a global, or unbound).
     * {@code owner}: the closure whose node or nested entry provides the name, when one does.
     */
    record Lookup(Local local, boolean listedPlain, ClosureFrame owner) {
        boolean found() {
            return local != null;
        }
    }

    /**
     * Resolves a variable. {@code asHead}: the name heads a nested entry, so it may also name
     * the running closure (the innermost closure frame, not one further out: only its own node
     * is at hand). {@code use} is where the name is used, recorded in every crossed closure.
     */
    Lookup lookup(String name, boolean asHead, Optional<Span> use) {
        List<ClosureFrame> crossed = new ArrayList<>();
        boolean listedPlain = false;
        for (Scope s = this; s != null; s = s.outer) {
            if (s.closure == null) {
                Local local = s.names.get(name);
                if (local != null) return found(local, crossed, name, use, null);
                continue;
            }
            ClosureFrame frame = s.closure;
            if (asHead && crossed.isEmpty() && frame.name().equals(name)) {
                return new Lookup(frame.self(), false, frame);
            }
            Lookup beyond = use.isPresent() ? frame.beyond().get(name) : null;
            if (beyond != null) {
                // Resolved from inside this closure before: the walk from here outward is the
                // same, and it recorded the use in this closure and every one further out.
                if (beyond.found()) return found(beyond.local(), crossed, name, use, beyond.owner());
                return notFound(crossed, name, use, beyond.listedPlain());
            }
            crossed.add(frame);
            Local reached = frame.throughParents().get(name);
            if (reached != null) return found(reached, crossed, name, use, frame);
            listedPlain |= frame.listedPlain().contains(name);
        }
        return notFound(crossed, name, use, false);
    }

    /**
     * A use found in {@code local}: recorded in every crossed closure, each of which also keeps
     * the result, so the next use of the name from inside it stops there. Without that, a name
     * bound n closures out and listed by each of them costs n steps per use: cubic on f_n.
     */
    private static Lookup found(Local local, List<ClosureFrame> crossed, String name, Optional<Span> use,
                                ClosureFrame owner) {
        Lookup result = new Lookup(local, false, owner);
        use.ifPresent(span -> crossed.forEach(frame -> {
            frame.uses().putIfAbsent(name, span);
            frame.beyond().put(name, result);
        }));
        return result;
    }

    /** No local: the answer says whether a crossed closure (or one beyond them) lists the name plainly. */
    private static Lookup notFound(List<ClosureFrame> crossed, String name, Optional<Span> use, boolean plainBeyond) {
        boolean plain = plainBeyond;
        for (int i = crossed.size() - 1; i >= 0; i--) {
            ClosureFrame frame = crossed.get(i);
            plain |= frame.listedPlain().contains(name);
            if (use.isPresent()) frame.beyond().put(name, new Lookup(null, plain, null));
        }
        return new Lookup(null, plain, null);
    }

    /** What a closure with these free-variable entries holds when built in this scope. */
    Map<String, Local> resolve(List<FreeVarEntry> entries) {
        Map<String, Local> holds = new LinkedHashMap<>();
        for (FreeVarEntry entry : entries) {
            boolean nested = entry instanceof FreeVarEntry.Parent;
            Local local = lookup(entry.name(), nested, Optional.empty()).local();
            if (local == null) local = Local.unresolved(entry.name());
            holds.putIfAbsent(entry.name(),
                    entry instanceof FreeVarEntry.Parent p ? Local.view(local, p.reached()) : local);
        }
        return holds;
    }

    /**
     * The boundary of one closure's body: its name, node ({@code self}) and free-variable
     * entries, what its nested entries make available, the names it lists plainly, and the
     * names it uses (its body refers to them, or a nested entry built in it reaches through them).
     */
    record ClosureFrame(String name, Local self, List<FreeVarEntry> entries, Map<String, Local> throughParents,
                        Set<String> listedPlain, Map<String, Span> uses, Map<String, Lookup> beyond) {
        static ClosureFrame of(String name, Local self, List<FreeVarEntry> entries) {
            return new ClosureFrame(name, self, entries, new HashMap<>(), new HashSet<>(), new LinkedHashMap<>(),
                    new HashMap<>());
        }

        /**
         * A nested entry {@code head{reached}} built in this closure's body reaches through the
         * closure's own entries: the closure itself ({@code head} is its {@code self}) or the entries
         * under one of its nested entries named {@code head}. Those entries count as used.
         */
        void reachedThrough(Local head, String headName, List<FreeVarEntry> reached, Span where) {
            if (head == self) {
                markUsed(reached, entries, where);
            } else {
                findParent(entries, headName).ifPresent(parent -> markUsed(reached, parent.reached(), where));
            }
        }

        private void markUsed(List<FreeVarEntry> reached, List<FreeVarEntry> own, Span where) {
            for (FreeVarEntry r : reached) {
                for (FreeVarEntry mine : own) {
                    if (!mine.name().equals(r.name())) continue;
                    uses.putIfAbsent(r.name(), where);
                    if (r instanceof FreeVarEntry.Parent rp && mine instanceof FreeVarEntry.Parent mp) {
                        markUsed(rp.reached(), mp.reached(), where);
                    }
                }
            }
        }

        private static Optional<FreeVarEntry.Parent> findParent(List<FreeVarEntry> entries, String name) {
            for (FreeVarEntry entry : entries) {
                if (entry instanceof FreeVarEntry.Parent p) {
                    if (p.name().equals(name)) return Optional.of(p);
                    Optional<FreeVarEntry.Parent> inner = findParent(p.reached(), name);
                    if (inner.isPresent()) return inner;
                }
            }
            return Optional.empty();
        }
    }
}
