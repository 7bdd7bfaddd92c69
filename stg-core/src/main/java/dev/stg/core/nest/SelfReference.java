package dev.stg.core.nest;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Var;

import java.util.List;

/**
 * Whether a letrec-bound closure still reads the field that holds itself. Its flat list names
 * it when a child uses it; once such a child points to the closure instead, it gets the closure
 * from the running node (a head is not a read of a field), and the field may have no reader
 * left. Readers are the closure's own body outside the closures it builds, and the lists of
 * those closures naming it plainly; a binder of the same name hides the field from what it scopes.
 */
final class SelfReference implements Expr.Visitor<Boolean> {

    private final String name;

    private SelfReference(String name) {
        this.name = name;
    }

    static boolean readsOwnField(LambdaForm closure, String name) {
        if (closure.params().stream().anyMatch(p -> p.name().equals(name))) return false;
        return closure.body().accept(new SelfReference(name));
    }

    @Override
    public Boolean let(Expr.Let let) {
        boolean rebound = let.bindings().stream().anyMatch(b -> b.name().equals(name));
        if (!(let.recursive() && rebound)) {
            for (Binding b : let.bindings()) if (listsPlainly(b.lambda().freeVars())) return true;
        }
        return !rebound && let.body().accept(this);
    }

    /** A join point's body runs in the closure's own frame: its reads are the closure's own. */
    @Override
    public Boolean join(Expr.Join join) {
        boolean rebound = join.bindings().stream().anyMatch(b -> b.name().equals(name));
        if (!(join.recursive() && rebound)) {
            for (Binding b : join.bindings()) {
                LambdaForm lambda = b.lambda();
                boolean param = lambda.params().stream().anyMatch(p -> p.name().equals(name));
                if (!param && lambda.body().accept(this)) return true;
            }
        }
        return !rebound && join.body().accept(this);
    }

    @Override
    public Boolean caseOf(Expr.Case c) {
        if (c.scrutinee().accept(this)) return true;
        for (Alt alt : c.alts()) if (!binds(alt) && alt.body().accept(this)) return true;
        return false;
    }

    @Override
    public Boolean app(Expr.App app) {
        return app.function().name().equals(name) || mentions(app.args());
    }

    @Override
    public Boolean conApp(Expr.ConApp con) {
        return mentions(con.args());
    }

    @Override
    public Boolean primApp(Expr.PrimApp prim) {
        return mentions(prim.args());
    }

    @Override
    public Boolean lit(Lit lit) {
        return false;
    }

    private boolean listsPlainly(List<FreeVarEntry> entries) {
        return entries.stream().anyMatch(e -> e instanceof FreeVarEntry.Plain && e.name().equals(name));
    }

    private boolean mentions(List<Atom> atoms) {
        return atoms.stream().anyMatch(a -> a instanceof Var v && v.name().equals(name));
    }

    private boolean binds(Alt alt) {
        if (alt instanceof Alt.ConAlt con) return con.vars().stream().anyMatch(b -> b.name().equals(name));
        return alt instanceof Alt.VarAlt var && var.var().name().equals(name);
    }
}
