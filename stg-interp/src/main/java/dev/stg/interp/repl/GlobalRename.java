package dev.stg.interp.repl;

import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Var;

import java.util.Set;

/** Renames the occurrences of one global in a binding, leaving locals of the same name alone. */
final class GlobalRename extends TreeRewriter {

    private final String from;
    private final String to;
    private boolean renamed;

    private GlobalRename(String from, String to) {
        this.from = from;
        this.to = to;
    }

    /** {@code binding} with global {@code from} renamed {@code to}. */
    static Binding apply(Binding binding, String from, String to) {
        return new GlobalRename(from, to).binding(binding);
    }

    /** Whether {@code binding} uses the global {@code name}. */
    static boolean uses(Binding binding, String name) {
        GlobalRename probe = new GlobalRename(name, name);
        probe.binding(binding);
        return probe.renamed;
    }

    @Override
    Var variable(Var v, Set<String> local) {
        if (!v.name().equals(from) || local.contains(from)) return v;
        renamed = true;
        return new Var(to, v.span());
    }
}
