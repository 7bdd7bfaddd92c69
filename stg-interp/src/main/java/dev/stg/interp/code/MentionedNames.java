package dev.stg.interp.code;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.Var;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every name a body mentions: variables it uses and the free-variable entries of the closures
 * it builds (not their bodies, which read the children's own fields).
 * A body only loads the ancestors through which it reads something it mentions, so a closure
 * that merely passes its own node on pays no parent hops. Shadowing makes this a superset,
 * which costs at most an unneeded load.
 */
final class MentionedNames {

    private final Set<String> names = new HashSet<>();

    private MentionedNames() {
    }

    static Set<String> in(Expr body) {
        MentionedNames walker = new MentionedNames();
        walker.expr(body);
        return walker.names;
    }

    private void expr(Expr expr) {
        if (expr instanceof Expr.Let let) {
            // A closure built here reads its own fields; this body only fills them.
            for (Binding b : let.bindings()) entries(b.lambda().freeVars());
            expr(let.body());
        } else if (expr instanceof Expr.Case c) {
            expr(c.scrutinee());
            for (Alt alt : c.alts()) expr(alt.body());
        } else if (expr instanceof Expr.App app) {
            names.add(app.function().name());
            atoms(app.args());
        } else if (expr instanceof Expr.ConApp con) {
            atoms(con.args());
        } else if (expr instanceof Expr.PrimApp prim) {
            atoms(prim.args());
        }
    }

    private void atoms(List<Atom> atoms) {
        for (Atom a : atoms) if (a instanceof Var v) names.add(v.name());
    }

    /** A child's nested entry {@code p{a b}} needs only p here: the child reads a and b itself. */
    private void entries(List<FreeVarEntry> entries) {
        for (FreeVarEntry e : entries) names.add(e.name());
    }
}
