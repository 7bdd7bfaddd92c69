package dev.stg.interp.code;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Var;

import java.util.List;

/**
 * Whether a body uses a parent as a value (calls it, passes it, stores it plainly) rather than
 * only reading fields through it. Such an edge must keep the whole parent alive. Conservative
 * about shadowing: a same-named inner variable also counts, which only makes the mask larger.
 * It fails closed: every kind of expression is answered explicitly (an {@link Expr.Visitor}
 * has no default), so a new node cannot make a value use look like a field read.
 */
final class UsesAsValue implements Expr.Visitor<Boolean> {

    private final String name;

    private UsesAsValue(String name) {
        this.name = name;
    }

    static boolean in(Expr expr, String name) {
        return expr.accept(new UsesAsValue(name));
    }

    @Override
    public Boolean let(Expr.Let let) {
        for (Binding b : let.bindings()) {
            if (entries(b.lambda().freeVars()) || b.lambda().body().accept(this)) return true;
        }
        return let.body().accept(this);
    }

    /** A join point's body runs in this body's frame: what it does, this body does. */
    @Override
    public Boolean join(Expr.Join join) {
        for (Binding b : join.bindings()) if (b.lambda().body().accept(this)) return true;
        return join.body().accept(this);
    }

    @Override
    public Boolean caseOf(Expr.Case c) {
        if (c.scrutinee().accept(this)) return true;
        for (Alt alt : c.alts()) if (alt.body().accept(this)) return true;
        return false;
    }

    @Override
    public Boolean app(Expr.App app) {
        return app.function().name().equals(name) || atoms(app.args());
    }

    @Override
    public Boolean conApp(Expr.ConApp con) {
        return atoms(con.args());
    }

    @Override
    public Boolean primApp(Expr.PrimApp prim) {
        return atoms(prim.args());
    }

    @Override
    public Boolean lit(Lit lit) {
        return false;
    }

    private boolean atoms(List<Atom> atoms) {
        for (Atom a : atoms) if (a instanceof Var v && v.name().equals(name)) return true;
        return false;
    }

    private boolean entries(List<FreeVarEntry> entries) {
        for (FreeVarEntry e : entries) if (e instanceof FreeVarEntry.Plain && e.name().equals(name)) return true;
        return false;
    }
}
