package dev.stg.interp.code;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Var;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often a body reads each name on its most reading path, for {@link AccessStrategy#AUTO}:
 * 0, 1, or {@link #MANY}. A read is an occurrence as an operand (a function called, an
 * argument, a constructor or primop argument) or as an entry copied into a closure the body
 * builds (the child's body reads its own field, not this one). A case reads its scrutinee and
 * then one alternative; a join point's body runs at most once per path unless the group is
 * recursive, when anything it reads counts as read many times.
 *
 * <p>Names bound inside the body that shadow a free variable are counted with it: the count
 * is then too high, which only makes a variable eager where lazy would have done.
 */
final class ReadCounts implements Expr.Visitor<Map<String, Integer>> {

    /** Read at least twice on some path. */
    static final int MANY = 2;

    private ReadCounts() {
    }

    /** The count of every name the body reads; a name absent is never read. */
    static Map<String, Integer> in(Expr body) {
        return body.accept(new ReadCounts());
    }

    @Override
    public Map<String, Integer> let(Expr.Let let) {
        Map<String, Integer> counts = let.body().accept(this);
        for (Binding b : let.bindings()) {
            for (FreeVarEntry entry : b.lambda().freeVars()) add(counts, entry.name(), 1);
        }
        return counts;
    }

    @Override
    public Map<String, Integer> join(Expr.Join join) {
        Map<String, Integer> jumpedTo = new HashMap<>();
        for (Binding b : join.bindings()) jumpedTo = maxInto(jumpedTo, b.lambda().body().accept(this));
        if (join.recursive()) jumpedTo.replaceAll((name, count) -> MANY);
        return sumInto(join.body().accept(this), jumpedTo);
    }

    @Override
    public Map<String, Integer> caseOf(Expr.Case c) {
        Map<String, Integer> alternatives = new HashMap<>();
        for (Alt alt : c.alts()) alternatives = maxInto(alternatives, alt.body().accept(this));
        return sumInto(alternatives, c.scrutinee().accept(this));
    }

    @Override
    public Map<String, Integer> app(Expr.App app) {
        Map<String, Integer> counts = atoms(app.args());
        add(counts, app.function().name(), 1);
        return counts;
    }

    @Override
    public Map<String, Integer> conApp(Expr.ConApp con) {
        return atoms(con.args());
    }

    @Override
    public Map<String, Integer> primApp(Expr.PrimApp prim) {
        return atoms(prim.args());
    }

    @Override
    public Map<String, Integer> lit(Lit lit) {
        return new HashMap<>();
    }

    private static Map<String, Integer> atoms(List<Atom> atoms) {
        Map<String, Integer> counts = new HashMap<>();
        for (Atom a : atoms) if (a instanceof Var v) add(counts, v.name(), 1);
        return counts;
    }

    private static void add(Map<String, Integer> counts, String name, int reads) {
        counts.merge(name, reads, (a, b) -> Math.min(MANY, a + b));
    }

    /** The counts of two parts run one after the other, merged into the larger map. */
    private static Map<String, Integer> sumInto(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> into = a.size() >= b.size() ? a : b;
        Map<String, Integer> from = into == a ? b : a;
        from.forEach((name, reads) -> add(into, name, reads));
        return into;
    }

    /** The counts of two alternatives, only one of which runs, merged into the larger map. */
    private static Map<String, Integer> maxInto(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> into = a.size() >= b.size() ? a : b;
        Map<String, Integer> from = into == a ? b : a;
        from.forEach((name, reads) -> into.merge(name, reads, Math::max));
        return into;
    }
}
