package dev.stg.core.syntax;

import java.util.List;
import java.util.Optional;

/**
 * A whole program: its data declarations and the global bindings of all its files, in order
 * (later files see earlier globals).
 */
public record Program(List<DataDecl> dataDecls, List<Binding> bindings) {

    public Program {
        dataDecls = List.copyOf(dataDecls);
        bindings = List.copyOf(bindings);
    }

    /** A program with no data declarations (every constructor gets a tag of its own). */
    public Program(List<Binding> bindings) {
        this(List.of(), bindings);
    }

    public Optional<Binding> global(String name) {
        return bindings.stream().filter(b -> b.name().equals(name)).findFirst();
    }
}
