package dev.stg.core.analysis;

import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Rep;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inferred boxity of a program: which binders, constructor fields and lambda-form results
 * hold unboxed words, and of which {@link Rep}; everything else holds pointers. The
 * {@code isInt} family answers "unboxed" (the machine needs only pointer or not); the rep
 * methods give the kind. Binders and lambda-forms are looked up by
 * identity, since a pass may generate several with the same name and span.
 */
public final class Boxity {

    private final Map<Binder, Rep> binders;
    private final Map<LambdaForm, List<Rep>> results;
    private final Map<String, Rep[]> fields;

    Boxity(IdentityHashMap<Binder, Rep> binders, IdentityHashMap<LambdaForm, List<Rep>> results,
           LinkedHashMap<String, Rep[]> fields) {
        this.binders = binders;
        this.results = results;
        this.fields = fields;
    }

    /** Whether this binder (parameter, let/letrec binder, pattern variable) holds an unboxed word; false if unknown. */
    public boolean isInt(Binder binder) {
        return !rep(binder).isPointer();
    }

    /** What this binder holds; a pointer if unknown. */
    public Rep rep(Binder binder) {
        return binders.getOrDefault(binder, Rep.POINTER);
    }

    /** Per field of the constructor, whether it holds an unboxed word; an unknown constructor has none. */
    public boolean[] intFields(String constructor) {
        Rep[] reps = fieldReps(constructor);
        boolean[] unboxed = new boolean[reps.length];
        for (int i = 0; i < reps.length; i++) unboxed[i] = !reps[i].isPointer();
        return unboxed;
    }

    /** Per field of the constructor, what it holds; an unknown constructor has none. */
    public Rep[] fieldReps(String constructor) {
        Rep[] reps = fields.get(constructor);
        return reps == null ? new Rep[0] : reps.clone();
    }

    /** The constructor's arity program-wide, or -1 if the program never uses it. */
    public int arity(String constructor) {
        Rep[] reps = fields.get(constructor);
        return reps == null ? -1 : reps.length;
    }

    /** Every constructor the program applies or matches, in order of first appearance. */
    public Set<String> constructors() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    /** Whether evaluating this lambda-form (applied to all its parameters) gives an unboxed word. */
    public boolean resultIsInt(LambdaForm lambda) {
        return !resultRep(lambda).isPointer();
    }

    /** What evaluating this lambda-form (applied to all its parameters) gives. */
    public Rep resultRep(LambdaForm lambda) {
        List<Rep> reps = resultReps(lambda);
        return reps.size() == 1 ? reps.get(0) : Rep.POINTER;
    }

    /**
     * What evaluating this lambda-form gives, component by component: the reps of an unboxed
     * tuple's components, or the one rep of any other result (a pointer if unknown).
     */
    public List<Rep> resultReps(LambdaForm lambda) {
        return results.getOrDefault(lambda, List.of(Rep.POINTER));
    }
}
