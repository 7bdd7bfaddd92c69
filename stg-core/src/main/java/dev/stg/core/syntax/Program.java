package dev.stg.core.syntax;

import java.util.List;
import java.util.Optional;

/** A whole program: the global bindings of all its files, in order (later files see earlier globals). */
public record Program(List<Binding> bindings) {

    public Program {
        bindings = List.copyOf(bindings);
    }

    public Optional<Binding> global(String name) {
        return bindings.stream().filter(b -> b.name().equals(name)).findFirst();
    }
}
