package dev.stg.core.nest;

import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.ExprSearch;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Var;

import java.util.List;

/**
 * Whether a letrec-bound closure still reads the field that holds itself. Its flat list names
 * it when a child uses it; once such a child points to the closure instead, it gets the closure
 * from the running node (a head is not a read of a field), and the field may have no reader
 * left. Readers are the closure's own body outside the closures it builds (join points
 * included: they run in the closure's own frame), and the lists of those closures naming it
 * plainly; a binder of the same name hides the field from what it scopes.
 */
final class SelfReference extends ExprSearch {

    private final String name;

    private SelfReference(String name) {
        this.name = name;
    }

    static boolean readsOwnField(LambdaForm closure, String name) {
        SelfReference search = new SelfReference(name);
        return !search.bound(closure.params()) && search.finds(closure.body());
    }

    @Override
    protected boolean variable(Var v) {
        return v.name().equals(name);
    }

    @Override
    protected boolean closure(Binding closure) {
        return closure.lambda().freeVars().stream().anyMatch(e -> e instanceof FreeVarEntry.Plain && e.name().equals(name));
    }

    @Override
    protected boolean bound(List<Binder> binders) {
        return binders.stream().anyMatch(b -> b.name().equals(name));
    }
}
