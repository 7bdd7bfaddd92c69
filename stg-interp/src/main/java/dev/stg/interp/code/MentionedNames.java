package dev.stg.interp.code;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.Lit;
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
final class MentionedNames implements Expr.Visitor<Void> {

    private final Set<String> names = new HashSet<>();

    private MentionedNames() {
    }

    static Set<String> in(Expr body) {
        MentionedNames walker = new MentionedNames();
        body.accept(walker);
        return walker.names;
    }

    @Override
    public Void let(Expr.Let let) {
        // A closure built here reads its own fields; this body only fills them.
        for (Binding b : let.bindings()) entries(b.lambda().freeVars());
        return let.body().accept(this);
    }

    /** A join point's body runs in this body's register frame, so its mentions are this body's. */
    @Override
    public Void join(Expr.Join join) {
        for (Binding b : join.bindings()) b.lambda().body().accept(this);
        return join.body().accept(this);
    }

    @Override
    public Void caseOf(Expr.Case c) {
        c.scrutinee().accept(this);
        for (Alt alt : c.alts()) alt.body().accept(this);
        return null;
    }

    @Override
    public Void app(Expr.App app) {
        names.add(app.function().name());
        return atoms(app.args());
    }

    @Override
    public Void conApp(Expr.ConApp con) {
        return atoms(con.args());
    }

    @Override
    public Void primApp(Expr.PrimApp prim) {
        return atoms(prim.args());
    }

    @Override
    public Void lit(Lit lit) {
        return null;
    }

    private Void atoms(List<Atom> atoms) {
        for (Atom a : atoms) if (a instanceof Var v) names.add(v.name());
        return null;
    }

    /** A child's nested entry {@code p{a b}} needs only p here: the child reads a and b itself. */
    private void entries(List<FreeVarEntry> entries) {
        for (FreeVarEntry e : entries) names.add(e.name());
    }
}
