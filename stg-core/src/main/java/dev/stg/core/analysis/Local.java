package dev.stg.core.analysis;

import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Span;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a local name means where it is used: its binder and, when the value is a closure whose
 * lambda-form is statically known, what that closure holds (its free-variable entries, by name),
 * which is what a nested entry {@code p{a b}} may reach through it.
 */
final class Local {

    private final Binder binder;
    private final boolean resolved;
    private final Supplier<Map<String, Local>> holdsSupplier;
    private Map<String, Local> holds;
    private boolean computing;

    private Local(Binder binder, boolean resolved, Supplier<Map<String, Local>> holdsSupplier) {
        this.binder = binder;
        this.resolved = resolved;
        this.holdsSupplier = holdsSupplier;
    }

    /** A parameter, a case binder, or anything else whose value is not a known closure. */
    static Local opaque(Binder binder) {
        return new Local(binder, true, null);
    }

    /** A name an erroneous entry lists: reported already, it denotes no binder. */
    static Local unresolved(String name) {
        return new Local(new Binder(name, Span.NONE), false, null);
    }

    /** A let/letrec-bound closure (or the running one) built where {@code builtIn} is the scope. */
    static Local closure(Binder binder, LambdaForm lambda, Scope builtIn) {
        return new Local(binder, true, () -> builtIn.resolve(lambda.freeVars()));
    }

    /** The closure {@code head} reached through a nested entry that lists only {@code reached}. */
    static Local view(Local head, List<FreeVarEntry> reached) {
        return new Local(head.binder, head.resolved, () -> restrict(head.holds().orElse(Map.of()), reached));
    }

    Binder binder() {
        return binder;
    }

    /**
     * Whether both denote the same binder occurrence. Binders are compared by identity: two
     * binders may share a name and (in generated trees) a span.
     */
    boolean sameBinder(Local other) {
        return resolved && other.resolved && binder == other.binder;
    }

    boolean isResolved() {
        return resolved;
    }

    /** What the closure holds, when statically known; a cyclic definition holds nothing more. */
    Optional<Map<String, Local>> holds() {
        if (holdsSupplier == null) return Optional.empty();
        if (holds == null) {
            if (computing) return Optional.of(Map.of());
            computing = true;
            holds = holdsSupplier.get();
            computing = false;
        }
        return Optional.of(holds);
    }

    private static Map<String, Local> restrict(Map<String, Local> holds, List<FreeVarEntry> reached) {
        Map<String, Local> restricted = new LinkedHashMap<>();
        for (FreeVarEntry entry : reached) {
            Local local = holds.get(entry.name());
            if (local == null) continue;
            restricted.put(entry.name(), entry instanceof FreeVarEntry.Parent p ? view(local, p.reached()) : local);
        }
        return restricted;
    }
}
