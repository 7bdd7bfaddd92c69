package dev.stg.core.analysis;

import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.ExprSearch;

/**
 * Visits every lambda-form (globals, let-bound closures and join points alike) and every
 * expression of a program, outermost first, for checks that need no scope.
 */
abstract class ExpressionWalker extends ExprSearch {

    /** Called for each lambda-form, before its body. */
    void lambda(Binding binding) {
    }

    @Override
    protected final boolean closure(Binding closure) {
        lambda(closure);
        return finds(closure.lambda().body());
    }

    @Override
    protected final boolean joinPoint(Binding joinPoint) {
        return closure(joinPoint);
    }
}
