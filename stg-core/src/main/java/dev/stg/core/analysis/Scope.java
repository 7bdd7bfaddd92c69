package dev.stg.core.analysis;

import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.HashMap;
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

    /** The result of looking a name up: a local, or nothing (then a global, or unbound). */
    record Lookup(Local local, boolean listedPlain) {
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
                if (local != null) return found(local, crossed, name, use);
                continue;
            }
            ClosureFrame frame = s.closure;
            if (asHead && crossed.isEmpty() && frame.name().equals(name)) return new Lookup(frame.self(), false);
            crossed.add(frame);
            Local reached = frame.throughParents().get(name);
            if (reached != null) return found(reached, crossed, name, use);
            listedPlain |= frame.listedPlain().contains(name);
        }
        return new Lookup(null, listedPlain);
    }

    private static Lookup found(Local local, List<ClosureFrame> crossed, String name, Optional<Span> use) {
        use.ifPresent(span -> crossed.forEach(frame -> frame.uses().putIfAbsent(name, span)));
        return new Lookup(local, false);
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
     * The boundary of one closure's body: its name and node ({@code self}), what its nested
     * entries make available, the names it lists plainly, and the names its body uses.
     */
    record ClosureFrame(String name, Local self, Map<String, Local> throughParents, List<String> listedPlain,
                        Map<String, Span> uses) {
        static ClosureFrame of(String name, Local self) {
            return new ClosureFrame(name, self, new HashMap<>(), new ArrayList<>(), new LinkedHashMap<>());
        }
    }
}
