package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.Var;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A join point is a local continuation, not a value: it has no heap object and returns to
 * nothing, so the only use of one is a saturated jump in tail position of the body that binds
 * it (or of a join point of that body). Passing one as an argument, listing one in a closure's
 * free variables, jumping with the wrong number of arguments, or jumping from where something
 * waits for the result (a case scrutinee) is an error.
 */
public final class JoinPointChecker {

    /**
     * A join point in scope: its arity, and the case whose scrutinee the walk is in since the
     * join point was bound (null while jumps to it are in tail position).
     */
    private record InScope(int arity, Span scrutineeOf) {
    }

    private final Diagnostics diags;

    private JoinPointChecker(Diagnostics diags) {
        this.diags = diags;
    }

    public static void check(Program program, Diagnostics diags) {
        JoinPointChecker checker = new JoinPointChecker(diags);
        for (Binding b : program.bindings()) checker.closureBody(b.lambda());
    }

    /** A closure's body runs in a frame of its own: no enclosing join point can be jumped to from it. */
    private void closureBody(LambdaForm lambda) {
        expr(lambda.body(), Map.of());
    }

    private void expr(Expr expr, Map<String, InScope> joins) {
        expr.accept(new Expr.Visitor<Void>() {
            @Override
            public Void let(Expr.Let let) {
                for (Binding b : let.bindings()) {
                    captured(b, b.lambda().freeVars(), joins);
                    closureBody(b.lambda());
                }
                expr(let.body(), without(joins, let.bindings().stream().map(Binding::binder).toList()));
                return null;
            }

            @Override
            public Void join(Expr.Join join) {
                List<Binder> group = join.bindings().stream().map(Binding::binder).toList();
                Map<String, InScope> inner = without(joins, group);
                for (Binding b : join.bindings()) inner.put(b.name(), new InScope(b.lambda().arity(), null));
                Map<String, InScope> rhs = join.recursive() ? inner : joins;
                for (Binding b : join.bindings()) expr(b.lambda().body(), without(rhs, b.lambda().params()));
                expr(join.body(), inner);
                return null;
            }

            @Override
            public Void caseOf(Expr.Case c) {
                Map<String, InScope> scrutinee = new HashMap<>();
                joins.forEach((name, j) -> scrutinee.put(name, new InScope(j.arity(), j.scrutineeOf() != null
                        ? j.scrutineeOf() : c.span())));
                expr(c.scrutinee(), scrutinee);
                for (Alt alt : c.alts()) expr(alt.body(), without(joins, alt.binders()));
                return null;
            }

            @Override
            public Void app(Expr.App app) {
                InScope target = joins.get(app.function().name());
                if (target != null) jump(app, target);
                arguments(app.args(), joins);
                return null;
            }

            @Override
            public Void conApp(Expr.ConApp con) {
                arguments(con.args(), joins);
                return null;
            }

            @Override
            public Void primApp(Expr.PrimApp prim) {
                arguments(prim.args(), joins);
                return null;
            }

            @Override
            public Void lit(Lit lit) {
                return null;
            }
        });
    }

    private void jump(Expr.App app, InScope target) {
        String name = app.function().name();
        if (target.scrutineeOf() != null) {
            diags.error(app.span(), "join point '" + name + "' is jumped to from a non-tail position (the scrutinee "
                            + "of the case at " + target.scrutineeOf().location() + ")",
                    "a jump in tail position: a join point returns to nothing, so nothing can wait for its result");
        } else if (app.args().size() != target.arity()) {
            diags.error(app.span(), "join point '" + name + "' takes " + arguments(target.arity())
                            + " but is jumped to with " + app.args().size(),
                    "a saturated jump '" + name + "' with " + arguments(target.arity()));
        }
    }

    private static String arguments(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    private void arguments(List<Atom> atoms, Map<String, InScope> joins) {
        for (Atom atom : atoms) {
            if (atom instanceof Var v && joins.containsKey(v.name())) {
                diags.error(v.span(), "join point '" + v.name() + "' is passed as an argument",
                        "a jump '" + v.name() + " ...' in tail position: a join point is not a value");
            }
        }
    }

    private void captured(Binding closure, List<FreeVarEntry> entries, Map<String, InScope> joins) {
        for (FreeVarEntry entry : entries) {
            if (joins.containsKey(entry.name())) {
                diags.error(entry.span(), "join point '" + entry.name() + "' is captured in the free-variable list of "
                                + "closure '" + closure.name() + "'",
                        "no join point in a closure's list: a join point has no heap object, only the body that "
                                + "binds it can jump to it");
            } else if (entry instanceof FreeVarEntry.Parent parent) {
                captured(closure, parent.reached(), joins);
            }
        }
    }

    /** The join points still visible under {@code binders}, which shadow those of the same name. */
    private static Map<String, InScope> without(Map<String, InScope> joins, List<Binder> binders) {
        Map<String, InScope> visible = new HashMap<>(joins);
        for (Binder b : binders) visible.remove(b.name());
        return visible;
    }
}
