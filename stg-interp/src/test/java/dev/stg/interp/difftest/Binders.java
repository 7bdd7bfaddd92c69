package dev.stg.interp.difftest;

import dev.stg.core.CheckedProgram;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.ExprSearch;
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

    /** Every binder a closure's body brings into scope, its parameters first. */
    private static void lambda(LambdaForm lambda, List<Binder> into) {
        ExprSearch binders = new ExprSearch() {
            @Override
            protected boolean closure(Binding closure) {
                return !bound(closure.lambda().params()) && finds(closure.lambda().body());
            }

            @Override
            protected boolean bound(List<Binder> scoped) {
                into.addAll(scoped);
                return false;
            }
        };
        into.addAll(lambda.params());
        binders.finds(lambda.body());
    }
}
