package dev.stg.core.syntax;

import java.util.List;

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
}
