package dev.stg.core.nest;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Var;

import java.util.List;

/**
 * Whether a letrec-bound closure still reads the field that holds itself. Its flat list names
 * it when a child uses it; once such a child points to the closure instead, it gets the closure
 * from the running node (a head is not a read of a field), and the field may have no reader
 * left. Readers are the closure's own body outside the closures it builds, and the lists of
 * those closures naming it plainly; a binder of the same name hides the field from what it scopes.
 */
final class SelfReference {

    private SelfReference() {
    }

    static boolean readsOwnField(LambdaForm closure, String name) {
        if (closure.params().stream().anyMatch(p -> p.name().equals(name))) return false;
        return reads(closure.body(), name);
    }

    private static boolean reads(Expr expr, String name) {
        if (expr instanceof Expr.Let let) {
            boolean rebound = let.bindings().stream().anyMatch(b -> b.name().equals(name));
            if (!(let.recursive() && rebound)) {
                for (Binding b : let.bindings()) if (listsPlainly(b.lambda().freeVars(), name)) return true;
            }
            return !rebound && reads(let.body(), name);
        } else if (expr instanceof Expr.Case c) {
            if (reads(c.scrutinee(), name)) return true;
            for (Alt alt : c.alts()) if (!binds(alt, name) && reads(alt.body(), name)) return true;
            return false;
        } else if (expr instanceof Expr.App app) {
            return app.function().name().equals(name) || mentions(app.args(), name);
        } else if (expr instanceof Expr.ConApp con) {
            return mentions(con.args(), name);
        } else if (expr instanceof Expr.PrimApp prim) {
            return mentions(prim.args(), name);
        }
        return false;
    }

    private static boolean listsPlainly(List<FreeVarEntry> entries, String name) {
        return entries.stream().anyMatch(e -> e instanceof FreeVarEntry.Plain && e.name().equals(name));
    }

    private static boolean mentions(List<Atom> atoms, String name) {
        return atoms.stream().anyMatch(a -> a instanceof Var v && v.name().equals(name));
    }

    private static boolean binds(Alt alt, String name) {
        if (alt instanceof Alt.ConAlt con) return con.vars().stream().anyMatch(b -> b.name().equals(name));
        return alt instanceof Alt.VarAlt var && var.var().name().equals(name);
    }
}
