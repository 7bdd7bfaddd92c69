package dev.stg.core.analysis;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;

/** Visits every lambda-form and expression of a program, outermost first, for checks that need no scope. */
abstract class ExpressionWalker {

    void program(Program program) {
        for (Binding b : program.bindings()) binding(b);
    }

    void binding(Binding binding) {
        lambda(binding, binding.lambda());
        expr(binding.lambda().body());
    }

    /** Called for each lambda-form, before its body. */
    void lambda(Binding binding, LambdaForm lambda) {
    }

    /** Called for each expression, before its subexpressions. */
    void visit(Expr expr) {
    }

    void alt(Alt alt) {
    }

    private void expr(Expr expr) {
        visit(expr);
        expr.accept(new Expr.StructureVisitor<Void>() {
            @Override
            public Void let(Expr.Let let) {
                for (Binding b : let.bindings()) binding(b);
                expr(let.body());
                return null;
            }

            @Override
            public Void join(Expr.Join join) {
                for (Binding b : join.bindings()) binding(b);
                expr(join.body());
                return null;
            }

            @Override
            public Void caseOf(Expr.Case c) {
                expr(c.scrutinee());
                for (Alt alt : c.alts()) {
                    alt(alt);
                    expr(alt.body());
                }
                return null;
            }

            @Override
            public Void atomic(Expr.Atomic leaf) {
                return null;
            }
        });
    }
}
