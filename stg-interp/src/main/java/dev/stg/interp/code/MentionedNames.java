package dev.stg.interp.code;

import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.ExprSearch;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.Var;

import java.util.HashSet;
import java.util.Set;

/**
 * Every name a body mentions: variables it uses and the free-variable entries of the closures
 * it builds (not their bodies, which read the children's own fields). A join point's body runs
 * in this body's register frame, so its mentions are this body's.
 * A body only loads the ancestors through which it reads something it mentions, so a closure
 * that merely passes its own node on pays no parent hops. Shadowing makes this a superset,
 * which costs at most an unneeded load.
 */
final class MentionedNames extends ExprSearch {

    private final Set<String> names = new HashSet<>();

    private MentionedNames() {
    }

    static Set<String> in(Expr body) {
        MentionedNames walker = new MentionedNames();
        walker.finds(body);
        return walker.names;
    }

    @Override
    protected boolean variable(Var v) {
        names.add(v.name());
        return false;
    }

    /**
     * This body only fills the closure's fields; the closure reads them itself. A nested entry
     * {@code p{a b}} needs only p here: the child reads a and b through it.
     */
    @Override
    protected boolean closure(Binding closure) {
        for (FreeVarEntry e : closure.lambda().freeVars()) names.add(e.name());
        return false;
    }
}
