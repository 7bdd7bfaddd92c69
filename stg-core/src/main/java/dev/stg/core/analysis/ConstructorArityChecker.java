package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.DataDecl;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Span;

import java.util.HashMap;
import java.util.Map;

/**
 * Constructors are untyped, so the only rule is one arity per name, program-wide (applications
 * and patterns): the declared one if a {@code data} declaration names the constructor (each
 * constructor is declared once), else its first use's.
 */
public final class ConstructorArityChecker extends ExpressionWalker {

    /** {@code declared}: the arity comes from a data declaration, not from a use. */
    private record FirstUse(int arity, Span span, boolean declared) {
    }

    private final Diagnostics diags;
    private final Map<String, FirstUse> firstUses = new HashMap<>();

    private ConstructorArityChecker(Diagnostics diags) {
        this.diags = diags;
    }

    public static void check(Program program, Diagnostics diags) {
        ConstructorArityChecker checker = new ConstructorArityChecker(diags);
        program.dataDecls().forEach(checker::declare);
        checker.finds(program);
    }

    private void declare(DataDecl decl) {
        for (DataDecl.Constructor c : decl.constructors()) {
            FirstUse earlier = firstUses.putIfAbsent(c.name(), new FirstUse(c.arity(), c.span(), true));
            if (earlier != null) {
                diags.error(c.span(), "constructor '" + c.name() + "' is declared twice (first at "
                        + earlier.span().location() + ")", "each constructor in one data declaration only");
            }
        }
    }

    /** Applications and patterns alike, in source order. */
    @Override
    protected boolean constructor(String constructor, int arity, Span span) {
        FirstUse first = firstUses.putIfAbsent(constructor, new FirstUse(arity, span, false));
        if (first != null && first.arity() != arity) {
            diags.error(span, "constructor '" + constructor + "' has " + fields(arity) + " here but "
                            + (first.declared() ? "is declared with " : "") + fields(first.arity()) + " at " + first.span().location(),
                    "one arity for '" + constructor + "' program-wide");
        }
        return false;
    }

    private static String fields(int n) {
        return n + (n == 1 ? " field" : " fields");
    }
}
