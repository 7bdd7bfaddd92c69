package dev.stg.interp.difftest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The variables the generator may use at a point of the program: the innermost binder of each
 * name (a shadowed one is gone), with its type and how it may be used. Immutable.
 */
final class Scope {

    /** How a variable may be used. */
    enum Use {
        /** Anything: an atom, a call, a case scrutinee; a new binder may shadow it. */
        VALUE,
        /** The decreasing counter of a recursion: a value, but never shadowed, so recursive calls see it. */
        COUNTER,
        /** A function of a recursive group: only called, with the counter as first argument; never shadowed. */
        RECURSIVE
    }

    /**
     * @param counter for {@link Use#RECURSIVE}: the atom its counter argument must be,
     *                {@link #LITERAL_COUNTER} for any small literal, or null where it must not be
     *                called (the base case of its own recursion)
     */
    record Variable(String name, Type type, Use use, String counter) {

        static Variable value(String name, Type type) {
            return new Variable(name, type, Use.VALUE, null);
        }
    }

    static final String LITERAL_COUNTER = "#";

    private final Map<String, Variable> variables;
    private final List<String> enclosing;

    private Scope(Map<String, Variable> variables, List<String> enclosing) {
        this.variables = variables;
        this.enclosing = enclosing;
    }

    static Scope of(List<Variable> globals) {
        return new Scope(new LinkedHashMap<>(), List.of()).with(globals);
    }

    /** The scope in the body of the let-bound closure {@code name}. */
    Scope inside(String name) {
        List<String> names = new ArrayList<>(enclosing);
        names.add(name);
        return new Scope(variables, List.copyOf(names));
    }

    /**
     * Names of the let-bound closures whose bodies enclose this point: a closure built here
     * and named like one of them is named like its (possible) parent, which a nested entry
     * then names ambiguously unless the nesting pass renames it apart. Only those a new
     * binder may take: not hidden by a counter or a recursive function.
     */
    List<String> enclosingClosures() {
        return enclosing.stream().filter(n -> lookup(n) == null || lookup(n).use() == Use.VALUE).toList();
    }

    Scope with(List<Variable> inner) {
        Map<String, Variable> extended = new LinkedHashMap<>(variables);
        for (Variable v : inner) {
            extended.remove(v.name());
            extended.put(v.name(), v);
        }
        return new Scope(extended, enclosing);
    }

    Scope with(Variable inner) {
        return with(List.of(inner));
    }

    Variable lookup(String name) {
        return variables.get(name);
    }

    List<Variable> matching(Predicate<Variable> wanted) {
        List<Variable> found = new ArrayList<>();
        for (Variable v : variables.values()) if (wanted.test(v)) found.add(v);
        return found;
    }

    /** Variables usable as a value of this type (not functions restricted to counter calls). */
    List<Variable> values(Type type) {
        return matching(v -> v.type().equals(type) && v.use() != Use.RECURSIVE);
    }
}
