package dev.stg.interp.difftest;

import dev.stg.core.CheckedProgram;
import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;

import java.util.ArrayList;
import java.util.List;

/** Checks that the front end's boxity of every binder agrees with the type the generator gave it. */
final class Binders {

    private Binders() {
    }

    /** The binders, still in the program, whose inferred boxity contradicts their generated type. */
    static List<String> boxityMismatches(GeneratedProgram generated, CheckedProgram checked) {
        List<Binder> all = new ArrayList<>();
        for (Binding b : generated.program().bindings()) lambda(b.lambda(), all);
        List<String> wrong = new ArrayList<>();
        for (Binder binder : all) {
            Type type = generated.binderTypes().get(binder);
            if (type != null && checked.boxity().isInt(binder) != (type == Type.INT)) {
                wrong.add(binder.name() + " : " + type);
            }
        }
        return wrong;
    }

    private static void lambda(LambdaForm lambda, List<Binder> into) {
        into.addAll(lambda.params());
        expr(lambda.body(), into);
    }

    private static void expr(Expr expr, List<Binder> into) {
        if (expr instanceof Expr.Let let) {
            for (Binding b : let.bindings()) {
                into.add(b.binder());
                lambda(b.lambda(), into);
            }
            expr(let.body(), into);
        } else if (expr instanceof Expr.Case c) {
            expr(c.scrutinee(), into);
            for (Alt alt : c.alts()) {
                if (alt instanceof Alt.ConAlt con) into.addAll(con.vars());
                if (alt instanceof Alt.VarAlt var) into.add(var.var());
                expr(alt.body(), into);
            }
        }
    }
}
