package dev.stg.core.nest;

import dev.stg.core.syntax.Binder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local names in scope at the point the pass has reached, each with the binder it denotes.
 * Mutable and scoped ({@link #bind} returns what {@link #unbind} restores), so a lookup costs
 * one hash probe however deep the program nests. A name bound nowhere locally is a global.
 */
final class Names {

    private final Map<String, BinderId> bound = new HashMap<>();

    /** What the names meant before: to hand back to {@link #unbind}. */
    record Saved(List<String> names, List<BinderId> previous) {
    }

    /** Binds each binder to a fresh identity. */
    Saved bind(List<Binder> binders) {
        List<BinderId> ids = new ArrayList<>();
        for (Binder b : binders) ids.add(new BinderId(b.name()));
        return bind(binders.stream().map(Binder::name).toList(), ids);
    }

    Saved bind(List<String> names, List<BinderId> ids) {
        List<BinderId> previous = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) previous.add(bound.put(names.get(i), ids.get(i)));
        return new Saved(names, previous);
    }

    void unbind(Saved saved) {
        for (int i = saved.names().size() - 1; i >= 0; i--) {
            String name = saved.names().get(i);
            BinderId previous = saved.previous().get(i);
            if (previous == null) bound.remove(name);
            else bound.put(name, previous);
        }
    }

    /** The binder {@code variable} denotes here, or null for a global (or unbound) name. */
    BinderId lookup(String variable) {
        return bound.get(variable);
    }
}
