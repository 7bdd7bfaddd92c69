package dev.stg.core.analysis;

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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exact, flat free variables computed from bodies alone (the lists written in the source are
 * ignored). The free variables of a lambda-form are the names its body, closures nested in it
 * included, uses without binding them itself, that resolve to a local binder of the enclosing
 * scope: a name that resolves to a global is left out, a local that shadows a global is kept.
 * A {@code let}'s right-hand sides see only the enclosing scope, a {@code letrec}'s see the group.
 * Lists come in order of first use, in source order.
 */
public final class FreeVariables {

    private FreeVariables() {
    }

    /** The program with every lambda-form's list replaced by its exact flat list. */
    public static Program fill(Program program) {
        Map<LambdaForm, List<FreeVarEntry>> exact = exactLists(program);
        return new Program(program.bindings().stream().map(b -> fill(b, exact)).toList());
    }

    /**
     * The exact flat list of every lambda-form of the program, by identity; each entry's span
     * is the first use of the variable.
     */
    public static Map<LambdaForm, List<FreeVarEntry>> exactLists(Program program) {
        Map<LambdaForm, List<FreeVarEntry>> lists = new IdentityHashMap<>();
        for (Binding global : program.bindings()) new ListCollector(lists).lambda(global.lambda(), Set.of());
        return lists;
    }

    /**
     * The names {@code lambda} uses without binding them (parameters and binders inside it
     * excluded), each with the span of its first use, in order of first use.
     */
    public static Map<String, Span> openNames(LambdaForm lambda) {
        Map<String, Span> open = new LinkedHashMap<>();
        collectLambda(lambda, Set.of(), open);
        return open;
    }

    private static void collectLambda(LambdaForm lambda, Set<String> bound, Map<String, Span> open) {
        collect(lambda.body(), extend(bound, lambda.params()), open);
    }

    private static void collect(Expr expr, Set<String> bound, Map<String, Span> open) {
        expr.accept(new Expr.Visitor<Void>() {
            @Override
            public Void let(Expr.Let let) {
                Set<String> withGroup = extend(bound, let.bindings().stream().map(Binding::binder).toList());
                Set<String> rhsScope = let.recursive() ? withGroup : bound;
                for (Binding b : let.bindings()) collectLambda(b.lambda(), rhsScope, open);
                collect(let.body(), withGroup, open);
                return null;
            }

            @Override
            public Void join(Expr.Join join) {
                Set<String> withGroup = extend(bound, join.bindings().stream().map(Binding::binder).toList());
                Set<String> rhsScope = join.recursive() ? withGroup : bound;
                for (Binding b : join.bindings()) collectLambda(b.lambda(), rhsScope, open);
                collect(join.body(), withGroup, open);
                return null;
            }

            @Override
            public Void caseOf(Expr.Case c) {
                collect(c.scrutinee(), bound, open);
                for (Alt alt : c.alts()) collect(alt.body(), extend(bound, patternBinders(alt)), open);
                return null;
            }

            @Override
            public Void app(Expr.App app) {
                use(app.function(), bound, open);
                atoms(app.args(), bound, open);
                return null;
            }

            @Override
            public Void conApp(Expr.ConApp con) {
                atoms(con.args(), bound, open);
                return null;
            }

            @Override
            public Void primApp(Expr.PrimApp prim) {
                atoms(prim.args(), bound, open);
                return null;
            }

            @Override
            public Void lit(Lit lit) {
                return null;
            }
        });
    }

    private static void atoms(List<Atom> atoms, Set<String> bound, Map<String, Span> open) {
        for (Atom atom : atoms) if (atom instanceof Var v) use(v, bound, open);
    }

    private static void use(Var v, Set<String> bound, Map<String, Span> open) {
        if (!bound.contains(v.name())) open.putIfAbsent(v.name(), v.span());
    }

    /** The variables an alternative binds: constructor pattern variables or the var-alt binder. */
    static List<Binder> patternBinders(Alt alt) {
        if (alt instanceof Alt.ConAlt con) return con.vars();
        if (alt instanceof Alt.VarAlt var) return List.of(var.var());
        return List.of();
    }

    private static Set<String> extend(Set<String> names, List<Binder> binders) {
        if (binders.isEmpty()) return names;
        Set<String> extended = new HashSet<>(names);
        for (Binder b : binders) extended.add(b.name());
        return extended;
    }

    /** Walks the program keeping the set of local names in scope, recording each lambda's list. */
    private record ListCollector(Map<LambdaForm, List<FreeVarEntry>> lists) {

        void lambda(LambdaForm lambda, Set<String> locals) {
            List<FreeVarEntry> list = new ArrayList<>();
            openNames(lambda).forEach((name, span) -> {
                if (locals.contains(name)) list.add(new FreeVarEntry.Plain(name, span));
            });
            lists.put(lambda, list);
            expr(lambda.body(), extend(locals, lambda.params()));
        }

        void expr(Expr expr, Set<String> locals) {
            expr.accept(new Expr.StructureVisitor<Void>() {
                @Override
                public Void let(Expr.Let let) {
                    Set<String> withGroup = extend(locals, let.bindings().stream().map(Binding::binder).toList());
                    for (Binding b : let.bindings()) lambda(b.lambda(), let.recursive() ? withGroup : locals);
                    expr(let.body(), withGroup);
                    return null;
                }

                /** A join point's list is computed as a closure's: what its body uses from the enclosing scope. */
                @Override
                public Void join(Expr.Join join) {
                    Set<String> withGroup = extend(locals, join.bindings().stream().map(Binding::binder).toList());
                    for (Binding b : join.bindings()) lambda(b.lambda(), join.recursive() ? withGroup : locals);
                    expr(join.body(), withGroup);
                    return null;
                }

                @Override
                public Void caseOf(Expr.Case c) {
                    expr(c.scrutinee(), locals);
                    for (Alt alt : c.alts()) expr(alt.body(), extend(locals, patternBinders(alt)));
                    return null;
                }

                /** Atoms build no closures: nothing below has a list. */
                @Override
                public Void atomic(Expr.Atomic leaf) {
                    return null;
                }
            });
        }
    }

    private static Binding fill(Binding binding, Map<LambdaForm, List<FreeVarEntry>> exact) {
        return new Binding(binding.binder(), fill(binding.lambda(), exact));
    }

    private static LambdaForm fill(LambdaForm lambda, Map<LambdaForm, List<FreeVarEntry>> exact) {
        return new LambdaForm(exact.get(lambda), lambda.updatable(), lambda.params(), fill(lambda.body(), exact),
                lambda.span());
    }

    private static Expr fill(Expr expr, Map<LambdaForm, List<FreeVarEntry>> exact) {
        return expr.accept(new Expr.StructureVisitor<>() {
            @Override
            public Expr let(Expr.Let let) {
                return new Expr.Let(let.recursive(), let.bindings().stream().map(b -> fill(b, exact)).toList(),
                        fill(let.body(), exact), let.span());
            }

            @Override
            public Expr join(Expr.Join join) {
                return new Expr.Join(join.recursive(), join.bindings().stream().map(b -> fill(b, exact)).toList(),
                        fill(join.body(), exact), join.span());
            }

            @Override
            public Expr caseOf(Expr.Case c) {
                return new Expr.Case(fill(c.scrutinee(), exact), c.alts().stream().map(a -> fill(a, exact)).toList(),
                        c.span());
            }

            @Override
            public Expr atomic(Expr.Atomic leaf) {
                return leaf;
            }
        });
    }

    private static Alt fill(Alt alt, Map<LambdaForm, List<FreeVarEntry>> exact) {
        Expr body = fill(alt.body(), exact);
        if (alt instanceof Alt.ConAlt a) return new Alt.ConAlt(a.constructor(), a.vars(), body, a.span());
        if (alt instanceof Alt.LitAlt a) return new Alt.LitAlt(a.value(), body, a.span());
        if (alt instanceof Alt.VarAlt a) return new Alt.VarAlt(a.var(), body, a.span());
        return new Alt.DefaultAlt(body, alt.span());
    }
}
