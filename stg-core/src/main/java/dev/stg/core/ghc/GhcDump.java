package dev.stg.core.ghc;

import java.util.List;
import java.util.Optional;

/** One module's {@code -ddump-stg-final} output: its top-level binding groups in dump order. */
public record GhcDump(String file, List<GhcBindingGroup> groups) {

    public GhcDump {
        groups = List.copyOf(groups);
    }

    public List<GhcBinding> bindings() {
        return groups.stream().flatMap(g -> g.bindings().stream()).toList();
    }

    /** The top-level binding of that exact name ({@code T.result}, {@code sat_sjn}). */
    public Optional<GhcBinding> binding(String name) {
        return bindings().stream().filter(b -> b.binder().name().text().equals(name)).findFirst();
    }
}
