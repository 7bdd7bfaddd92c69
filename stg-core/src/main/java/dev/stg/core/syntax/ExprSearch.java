package dev.stg.core.syntax;

import java.util.List;
import java.util.function.Predicate;

/**
 * A question asked of an expression, answered by walking it: the one traversal of lets, join
 * points and cases shared by the walkers that look at what a body uses or builds (the names it
 * mentions, whether it uses a variable as a value, the constructors it builds or matches, ...).
 * A walker says only what it does at the places that differ: a variable used, a closure built,
 * a constructor built or matched, binders coming into scope.
 *
 * <p>Every method answers whether the search has found what it looks for, and the walk stops
 * at the first true; a walker that gathers rather than searches answers false and so walks
 * everything. Each kind of node is handled here explicitly ({@link Expr.Visitor} has no
 * default), so a new node breaks this class until it says which of the hooks the node reaches.
 *
 * <p>Scoping is the language's (docs/language.md): a let's or join group's right-hand sides see
 * the group only when it is recursive, its body always; a join point's body sees its
 * parameters; an alternative's body the variables its pattern binds. {@link #bound} decides
 * whether such binders hide what the search looks for from the code they scope.
 */
public abstract class ExprSearch implements Expr.Visitor<Boolean> {

    /** Whether the search finds what it looks for in {@code expr}. */
    public final boolean finds(Expr expr) {
        return expr.accept(this);
    }

    /** Whether the search finds what it looks for in the program: each global is a {@link #closure}. */
    public final boolean finds(Program program) {
        for (Binding global : program.bindings()) if (closure(global)) return true;
        return false;
    }

    /** A variable the body uses: an application's head, or a variable argument. Nothing by default. */
    protected boolean variable(Var v) {
        return false;
    }

    /**
     * A closure: a global, or one a let or letrec builds. Its body runs in a frame of its own,
     * reading its own fields, so each walker decides whether its list, its body, or both belong
     * to the search.
     */
    protected abstract boolean closure(Binding closure);

    /**
     * A join point: it runs in the frame of the body that binds it, so by default its body is
     * searched as part of that body, unless its parameters hide what the search looks for.
     */
    protected boolean joinPoint(Binding joinPoint) {
        LambdaForm lambda = joinPoint.lambda();
        return !bound(lambda.params()) && finds(lambda.body());
    }

    /** A constructor built ({@code Con a b}) or matched ({@code Con x y -> e}), with its number of fields. */
    protected boolean constructor(String name, int arity, Span span) {
        return false;
    }

    /**
     * Binders coming into scope over the code that follows: true when they hide what the search
     * looks for there, so that code is not searched. By default nothing is hidden, which is the
     * conservative answer for walkers that compare names rather than binders.
     */
    protected boolean bound(List<Binder> binders) {
        return false;
    }

    @Override
    public Boolean let(Expr.Let let) {
        return group(let.recursive(), let.bindings(), let.body(), this::closure);
    }

    @Override
    public Boolean join(Expr.Join join) {
        return group(join.recursive(), join.bindings(), join.body(), this::joinPoint);
    }

    private boolean group(boolean recursive, List<Binding> bindings, Expr body, Predicate<Binding> rightHandSide) {
        boolean hidden = bound(bindings.stream().map(Binding::binder).toList());
        if (!(recursive && hidden)) {
            for (Binding b : bindings) if (rightHandSide.test(b)) return true;
        }
        return !hidden && finds(body);
    }

    @Override
    public Boolean caseOf(Expr.Case c) {
        if (finds(c.scrutinee())) return true;
        for (Alt alt : c.alts()) {
            if (alt instanceof Alt.ConAlt con && constructor(con.constructor(), con.vars().size(), con.span())) {
                return true;
            }
            if (!bound(alt.binders()) && finds(alt.body())) return true;
        }
        return false;
    }

    @Override
    public Boolean app(Expr.App app) {
        return variable(app.function()) || atoms(app.args());
    }

    @Override
    public Boolean conApp(Expr.ConApp con) {
        return constructor(con.constructor(), con.args().size(), con.span()) || atoms(con.args());
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
        for (Atom atom : atoms) if (atom instanceof Var v && variable(v)) return true;
        return false;
    }
}
