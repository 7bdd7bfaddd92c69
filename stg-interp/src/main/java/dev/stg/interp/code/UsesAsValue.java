package dev.stg.interp.code;

import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.ExprSearch;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.Var;

/**
 * Whether a body uses a parent as a value (calls it, passes it, stores it plainly) rather than
 * only reading fields through it. Such an edge must keep the whole parent alive. Conservative
 * about shadowing: a same-named inner variable also counts, which only makes the mask larger.
 * It fails closed: {@link ExprSearch} handles every kind of expression explicitly, so a new
 * node cannot make a value use look like a field read. A join point's body runs in this body's
 * frame, so what it does, this body does.
 */
final class UsesAsValue extends ExprSearch {

    private final String name;

    private UsesAsValue(String name) {
        this.name = name;
    }

    static boolean in(Expr expr, String name) {
        return new UsesAsValue(name).finds(expr);
    }

    @Override
    protected boolean variable(Var v) {
        return v.name().equals(name);
    }

    /** A closure that lists the parent plainly stores it; one whose body uses it keeps it too. */
    @Override
    protected boolean closure(Binding closure) {
        for (FreeVarEntry e : closure.lambda().freeVars()) {
            if (e instanceof FreeVarEntry.Plain && e.name().equals(name)) return true;
        }
        return finds(closure.lambda().body());
    }
}
