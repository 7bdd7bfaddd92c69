package dev.stg.core.analysis;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.Program;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which globals never return: every path through the body ends in {@code error#} or
 * {@code raise#}, in a saturated call of a global that never returns, or in a jump to (or
 * saturated call of) a local function whose body never returns. GHC's {@code patError},
 * {@code error} and {@code absentErr} are levity-polymorphic: a program may call the same one
 * where a Word# is expected and where a pointer is, so {@link BoxityAnalysis} gives each call of
 * such a global a result of its own. The importer wraps calls that GHC's strictness signature
 * marks diverging ({@code Str=...b}), but at -O0 GHC writes no signature, and a native program
 * has none: this decides it from the code, for every dialect.
 *
 * <p>Decided on demand and remembered. A function met again while it is being decided
 * (recursion) counts as returning: that only keeps the ordinary rule, one result for all calls.
 */
final class NeverReturns {

    private final Map<Binder, LambdaForm> globals = new IdentityHashMap<>();
    private final BoxityAnalysis.Env globalScope;
    /** Local functions met on the way: their lambda and the scope their body sees. */
    private final Map<Binder, Local> locals = new IdentityHashMap<>();
    private final Map<LambdaForm, Boolean> decided = new IdentityHashMap<>();

    private record Local(LambdaForm lambda, BoxityAnalysis.Env scope) {
    }

    NeverReturns(Program program, BoxityAnalysis.Env globalScope) {
        this.globalScope = globalScope;
        for (Binding b : program.bindings()) {
            if (globalScope.lookup(b.name()) == b.binder()) globals.put(b.binder(), b.lambda());
        }
    }

    /** Whether {@code function} is a global whose body never returns. */
    boolean global(Binder function) {
        LambdaForm lambda = globals.get(function);
        return lambda != null && never(lambda, globalScope);
    }

    private boolean never(LambdaForm lambda, BoxityAnalysis.Env scope) {
        Boolean known = decided.get(lambda);
        if (known != null) return known;
        decided.put(lambda, false);
        boolean never = diverges(lambda.body(), scope.bind(lambda.params()));
        decided.put(lambda, never);
        return never;
    }

    private boolean diverges(Expr expr, BoxityAnalysis.Env env) {
        return expr.accept(new Expr.Visitor<>() {
            @Override
            public Boolean let(Expr.Let let) {
                return local(let.bindings(), let.recursive(), let.body(), env);
            }

            @Override
            public Boolean join(Expr.Join join) {
                return local(join.bindings(), join.recursive(), join.body(), env);
            }

            @Override
            public Boolean caseOf(Expr.Case c) {
                if (diverges(c.scrutinee(), env)) return true;
                for (Alt alt : c.alts()) {
                    if (!diverges(alt.body(), env.bind(alt.binders()))) return false;
                }
                return !c.alts().isEmpty();
            }

            @Override
            public Boolean app(Expr.App app) {
                Binder function = env.lookup(app.function().name());
                if (function == null) return false;
                Local local = locals.get(function);
                LambdaForm lambda = local != null ? local.lambda() : globals.get(function);
                if (lambda == null || lambda.updatable() || app.args().size() < lambda.arity()) return false;
                return never(lambda, local != null ? local.scope() : globalScope);
            }

            @Override
            public Boolean conApp(Expr.ConApp con) {
                return false;
            }

            @Override
            public Boolean primApp(Expr.PrimApp prim) {
                return prim.op() == PrimOp.ERROR || prim.op() == PrimOp.RAISE;
            }

            @Override
            public Boolean lit(Lit lit) {
                return false;
            }
        });
    }

    private boolean local(List<Binding> group, boolean recursive, Expr body, BoxityAnalysis.Env env) {
        BoxityAnalysis.Env withGroup = env.bind(group.stream().map(Binding::binder).toList());
        for (Binding b : group) locals.put(b.binder(), new Local(b.lambda(), recursive ? withGroup : env));
        return diverges(body, withGroup);
    }
}
