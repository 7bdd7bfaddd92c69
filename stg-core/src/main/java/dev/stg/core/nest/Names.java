package dev.stg.core.nest;

import dev.stg.core.syntax.Binder;

import java.util.List;

/**
 * The local names in scope at a point of the program, each with the binder it denotes
 * (persistent: binding returns a new scope). A name bound nowhere locally is a global.
 */
final class Names {

    static final Names EMPTY = new Names(null, null, null);

    private final String name;
    private final BinderId id;
    private final Names outer;

    private Names(String name, BinderId id, Names outer) {
        this.name = name;
        this.id = id;
        this.outer = outer;
    }

    Names bind(String variable, BinderId binder) {
        return new Names(variable, binder, this);
    }

    /** Binds each binder to a fresh identity. */
    Names bindFresh(List<Binder> binders) {
        Names names = this;
        for (Binder b : binders) names = names.bind(b.name(), new BinderId(b.name()));
        return names;
    }

    /** The binder {@code variable} denotes here, or null for a global (or unbound) name. */
    BinderId lookup(String variable) {
        for (Names n = this; n != EMPTY; n = n.outer) {
            if (n.name.equals(variable)) return n.id;
        }
        return null;
    }
}
