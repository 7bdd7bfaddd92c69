package dev.stg.interp.compare;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Span;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each heap closure of a program is built, and so what a parent could give it: the
 * closure whose body builds it (none in a global's body: globals hold nothing and are never
 * parents), that closure's fields and its arguments. A closure's free variables that are
 * neither are bound in that body (case binders, let binders, a join point's arguments): no
 * enclosing closure holds them, so no parent pointer can save them.
 */
final class ClosureSites {

    /**
     * A let-bound heap closure and where it is built.
     *
     * @param enclosing the closure whose body builds it, or null in a global's body
     * @param arguments the arguments of the closure (or global) whose body builds it
     */
    record Site(String name, LambdaForm lambda, LambdaForm enclosing, Set<String> arguments) {

        /** Its free variables that are fields of the enclosing closure: all a parent could save. */
        long fromFields() {
            if (enclosing == null) return 0;
            Set<String> fields = names(enclosing.freeVars());
            return names(lambda.freeVars()).stream().filter(fields::contains).count();
        }

        long fromArguments() {
            Set<String> fields = enclosing == null ? Set.of() : names(enclosing.freeVars());
            return names(lambda.freeVars()).stream().filter(v -> !fields.contains(v) && arguments.contains(v)).count();
        }

        long boundInBody() {
            return lambda.freeVars().size() - fromFields() - fromArguments();
        }
    }

    private final Map<String, Site> sites = new HashMap<>();

    private ClosureSites() {
    }

    /** The heap closures of {@code program} (constructor closures and join points excepted), by {@link #key}. */
    static Map<String, Site> of(Program program) {
        ClosureSites walk = new ClosureSites();
        for (Binding global : program.bindings()) walk.expr(global.lambda().body(), null, names(global.lambda().params()));
        return walk.sites;
    }

    /** The keys of the closures of {@code program} that hold a parent pointer. */
    static Set<String> nested(Program program) {
        return of(program).entrySet().stream()
                .filter(e -> e.getValue().lambda().freeVars().stream().anyMatch(FreeVarEntry.Parent.class::isInstance))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** A closure's identity across the nesting pass and the code generator: its name and its lambda's place. */
    static String key(String name, Span span) {
        return name + "@" + span.file() + ":" + span.line() + ":" + span.column();
    }

    private void expr(Expr expr, LambdaForm enclosing, Set<String> arguments) {
        expr.accept(new Expr.StructureVisitor<Void>() {
            @Override
            public Void let(Expr.Let let) {
                for (Binding b : let.bindings()) {
                    LambdaForm lambda = b.lambda();
                    if (lambda.laidOutAsConstructor()) continue;
                    sites.put(key(b.name(), lambda.span()), new Site(b.name(), lambda, enclosing, arguments));
                    expr(lambda.body(), lambda, names(lambda.params()));
                }
                expr(let.body(), enclosing, arguments);
                return null;
            }

            /** A join point has no heap object: what its body builds is built in the enclosing body. */
            @Override
            public Void join(Expr.Join join) {
                for (Binding b : join.bindings()) expr(b.lambda().body(), enclosing, arguments);
                expr(join.body(), enclosing, arguments);
                return null;
            }

            @Override
            public Void caseOf(Expr.Case c) {
                expr(c.scrutinee(), enclosing, arguments);
                for (Alt alt : c.alts()) expr(alt.body(), enclosing, arguments);
                return null;
            }

            @Override
            public Void atomic(Expr.Atomic leaf) {
                return null;
            }
        });
    }

    private static Set<String> names(List<?> entries) {
        return entries.stream().map(e -> e instanceof Binder b ? b.name() : ((FreeVarEntry) e).name()).collect(Collectors.toSet());
    }
}
