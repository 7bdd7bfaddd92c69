package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Span;

import java.util.HashMap;
import java.util.Map;

/** Constructors are untyped, so the only rule is one arity per name, program-wide (applications and patterns). */
public final class ConstructorArityChecker extends ExpressionWalker {

    private record FirstUse(int arity, Span span) {
    }

    private final Diagnostics diags;
    private final Map<String, FirstUse> firstUses = new HashMap<>();

    private ConstructorArityChecker(Diagnostics diags) {
        this.diags = diags;
    }

    public static void check(Program program, Diagnostics diags) {
        new ConstructorArityChecker(diags).program(program);
    }

    @Override
    void visit(Expr expr) {
        if (expr instanceof Expr.ConApp con) use(con.constructor(), con.args().size(), con.span());
    }

    @Override
    void alt(Alt alt) {
        if (alt instanceof Alt.ConAlt con) use(con.constructor(), con.vars().size(), con.span());
    }

    private void use(String constructor, int arity, Span span) {
        FirstUse first = firstUses.putIfAbsent(constructor, new FirstUse(arity, span));
        if (first != null && first.arity() != arity) {
            diags.error(span, "constructor '" + constructor + "' has " + fields(arity) + " here but "
                            + fields(first.arity()) + " at " + first.span().location(),
                    "one arity for '" + constructor + "' program-wide");
        }
    }

    private static String fields(int n) {
        return n + (n == 1 ? " field" : " fields");
    }
}
