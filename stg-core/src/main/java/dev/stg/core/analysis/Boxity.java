package dev.stg.core.analysis;

import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.LambdaForm;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The inferred boxity of a program: which binders, constructor fields and lambda-form results
 * hold Int# values; everything else holds pointers. Binders and lambda-forms are looked up by
 * identity, since a pass may generate several with the same name and span.
 */
public final class Boxity {

    private final Map<Binder, Boolean> binders;
    private final Map<LambdaForm, Boolean> results;
    private final Map<String, boolean[]> fields;

    Boxity(IdentityHashMap<Binder, Boolean> binders, IdentityHashMap<LambdaForm, Boolean> results,
           LinkedHashMap<String, boolean[]> fields) {
        this.binders = binders;
        this.results = results;
        this.fields = fields;
    }

    /** Whether this binder (parameter, let/letrec binder, pattern variable) holds an Int#; false if unknown. */
    public boolean isInt(Binder binder) {
        return binders.getOrDefault(binder, false);
    }

    /** Per field of the constructor, whether it holds an Int#; an unknown constructor has none. */
    public boolean[] intFields(String constructor) {
        boolean[] ints = fields.get(constructor);
        return ints == null ? new boolean[0] : ints.clone();
    }

    /** The constructor's arity program-wide, or -1 if the program never uses it. */
    public int arity(String constructor) {
        boolean[] ints = fields.get(constructor);
        return ints == null ? -1 : ints.length;
    }

    /** Every constructor the program applies or matches, in order of first appearance. */
    public Set<String> constructors() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    /** Whether evaluating this lambda-form (applied to all its parameters) gives an Int#. */
    public boolean resultIsInt(LambdaForm lambda) {
        return results.getOrDefault(lambda, false);
    }
}
