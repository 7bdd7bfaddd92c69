package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Span;

import java.util.List;

/**
 * The shape rules that need no scope: primop arity, {@code =>} only without parameters, the
 * alternatives of a case (at most one default, only last; constructor and literal alternatives
 * not mixed; a variable alternative is a default too), and, for whole programs, a {@code main} global.
 */
public final class FormChecker extends ExpressionWalker {

    private final Diagnostics diags;

    private FormChecker(Diagnostics diags) {
        this.diags = diags;
    }

    public static void check(Program program, Diagnostics diags) {
        new FormChecker(diags).finds(program);
    }

    /** {@code whereMainBelongs}: where to report a missing {@code main} (a program has no span of its own). */
    public static void requireMain(Program program, Span whereMainBelongs, Diagnostics diags) {
        if (program.global("main").isEmpty()) {
            diags.error(whereMainBelongs, "the program has no 'main' global", "a global binding 'main = \\ -> ...'");
        }
    }

    @Override
    void lambda(Binding binding) {
        LambdaForm lambda = binding.lambda();
        if (lambda.updatable() && lambda.isFunction()) {
            diags.error(lambda.span(), "'" + binding.name() + "' has parameters but is marked '=>' (updatable)",
                    "'->' for a function; only a closure without parameters can be an updatable thunk");
        }
    }

    @Override
    public Boolean primApp(Expr.PrimApp prim) {
        if (prim.args().size() != prim.op().arity()) {
            diags.error(prim.span(), "primop '" + prim.op().symbol() + "' takes " + operands(prim.op().arity())
                    + ", given " + prim.args().size(), prim.op().arity() + " atom(s) after '" + prim.op().symbol() + "'");
        }
        return super.primApp(prim);
    }

    @Override
    public Boolean caseOf(Expr.Case c) {
        alternatives(c.alts());
        return super.caseOf(c);
    }

    private static String operands(int n) {
        return n + (n == 1 ? " operand" : " operands");
    }

    private void alternatives(List<Alt> alts) {
        Alt firstCon = null;
        Alt firstLit = null;
        for (int i = 0; i < alts.size(); i++) {
            Alt alt = alts.get(i);
            if (isDefault(alt) && i < alts.size() - 1) {
                boolean anotherDefault = alts.subList(i + 1, alts.size()).stream().anyMatch(FormChecker::isDefault);
                diags.error(alts.get(i + 1).span(), anotherDefault
                                ? "more than one default alternative"
                                : "an alternative after the default alternative",
                        "at most one default alternative, and only as the last one");
                return;
            }
            if (alt instanceof Alt.ConAlt && firstCon == null) firstCon = alt;
            if (alt instanceof Alt.LitAlt && firstLit == null) firstLit = alt;
        }
        if (firstCon != null && firstLit != null) {
            Alt later = firstCon.span().line() > firstLit.span().line()
                    || firstCon.span().line() == firstLit.span().line()
                    && firstCon.span().column() > firstLit.span().column() ? firstCon : firstLit;
            Alt earlier = later == firstCon ? firstLit : firstCon;
            diags.error(later.span(), "constructor and literal alternatives mixed in one case",
                    "only " + (earlier instanceof Alt.ConAlt ? "constructor" : "literal")
                            + " alternatives, like the one at " + earlier.span().location());
        }
    }

    private static boolean isDefault(Alt alt) {
        return alt instanceof Alt.DefaultAlt || alt instanceof Alt.VarAlt;
    }
}
