package dev.stg.interp.code;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.Var;

import java.util.List;

/**
 * Whether a body uses a parent as a value (calls it, passes it, stores it plainly) rather than
 * only reading fields through it. Such an edge must keep the whole parent alive. Conservative
 * about shadowing: a same-named inner variable also counts, which only makes the mask larger.
 */
final class UsesAsValue {

    private UsesAsValue() {
    }

    static boolean in(Expr expr, String name) {
        if (expr instanceof Expr.Let let) {
            for (Binding b : let.bindings()) {
                if (entries(b.lambda().freeVars(), name) || in(b.lambda().body(), name)) return true;
            }
            return in(let.body(), name);
        }
        if (expr instanceof Expr.Case c) {
            if (in(c.scrutinee(), name)) return true;
            for (Alt alt : c.alts()) if (in(alt.body(), name)) return true;
            return false;
        }
        if (expr instanceof Expr.App app) return app.function().name().equals(name) || atoms(app.args(), name);
        if (expr instanceof Expr.ConApp con) return atoms(con.args(), name);
        if (expr instanceof Expr.PrimApp prim) return atoms(prim.args(), name);
        return false;
    }

    private static boolean atoms(List<Atom> atoms, String name) {
        for (Atom a : atoms) if (a instanceof Var v && v.name().equals(name)) return true;
        return false;
    }

    private static boolean entries(List<FreeVarEntry> entries, String name) {
        for (FreeVarEntry e : entries) if (e instanceof FreeVarEntry.Plain && e.name().equals(name)) return true;
        return false;
    }
}
