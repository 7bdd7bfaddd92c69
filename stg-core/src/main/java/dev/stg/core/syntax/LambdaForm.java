package dev.stg.core.syntax;

import java.util.List;
import java.util.Optional;

/**
 * {@code \(free vars) params -> body} or {@code \(free vars) => body}.
 * A lambda-form with no {@code ( )} has no free variables: the list is explicit.
 *
 * @param freeVars   the closure's fields, plain or nested {@code p{a b}} entries
 * @param updatable  {@code =>}: a thunk, overwritten by its value when evaluated
 * @param params     the parameters (empty for thunks and non-updatable constants)
 */
public record LambdaForm(List<FreeVarEntry> freeVars, boolean updatable, List<Binder> params, Expr body,
                         Span span) {

    public LambdaForm {
        freeVars = List.copyOf(freeVars);
        params = List.copyOf(params);
    }

    public int arity() {
        return params.size();
    }

    public boolean isThunk() {
        return updatable;
    }

    public boolean isFunction() {
        return !params.isEmpty();
    }

    /**
     * GHC's CON closures: a non-updatable closure with no parameters whose body is a constructor
     * application is allocated as that constructor, its fields the constructor's arguments. The
     * one definition the code generator and the nesting pass share: such a closure can neither
     * be a parent nor hold a parent pointer (docs/nesting.md). An unboxed tuple is no heap
     * object: such a closure returns it each time it is evaluated.
     *
     * @return the constructor application the closure is allocated as, if it is laid out so
     */
    public Optional<Expr.ConApp> constructorLayout() {
        if (!updatable && params.isEmpty() && body instanceof Expr.ConApp con && !UnboxedTuples.is(con.constructor())) {
            return Optional.of(con);
        }
        return Optional.empty();
    }

    /** Whether {@link #constructorLayout()} applies. */
    public boolean laidOutAsConstructor() {
        return constructorLayout().isPresent();
    }
}
