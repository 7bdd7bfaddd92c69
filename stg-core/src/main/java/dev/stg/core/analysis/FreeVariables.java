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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return new Program(program.dataDecls(), program.bindings().stream().map(b -> fill(b, exact)).toList());
    }

    /**
     * The exact flat list of every lambda-form of the program, by identity; each entry's span
     * is the first use of the variable. Linear in program size plus the total length of the
     * lists: one bottom-up walk gathers each lambda's open names (a child's map is merged into
     * its parent's, never recomputed per enclosing lambda), then one top-down walk with a
     * mutable scope keeps those bound by an enclosing local.
     */
    public static Map<LambdaForm, List<FreeVarEntry>> exactLists(Program program) {
        Map<LambdaForm, Map<String, Span>> open = new IdentityHashMap<>();
        for (Binding global : program.bindings()) collectLambda(global.lambda(), open);
        Map<LambdaForm, List<FreeVarEntry>> lists = new IdentityHashMap<>();
        LocalScope locals = new LocalScope(new HashMap<>());
        for (Binding global : program.bindings()) new ListCollector(open, lists, locals).lambda(global.lambda());
        return lists;
    }

    /**
     * The names {@code lambda} uses without binding them (parameters and binders inside it
     * excluded), each with the span of its first use, in order of first use.
     */
    public static Map<String, Span> openNames(LambdaForm lambda) {
        return new LinkedHashMap<>(collectLambda(lambda, new IdentityHashMap<>()));
    }

    /** The open names of {@code lambda}, recorded in {@code open} for it and every lambda inside. */
    private static Map<String, Span> collectLambda(LambdaForm lambda, Map<LambdaForm, Map<String, Span>> open) {
        LinkedHashMap<String, Span> names = collect(lambda.body(), open);
        for (Binder p : lambda.params()) names.remove(p.name());
        open.put(lambda, new LinkedHashMap<>(names));
        return names;
    }

    /**
     * The open names of {@code expr} in order of first use; the map returned is the caller's to
     * change (the first child's map is reused as the accumulator, later children merged into it).
     */
    private static LinkedHashMap<String, Span> collect(Expr expr, Map<LambdaForm, Map<String, Span>> open) {
        return expr.accept(new Expr.Visitor<LinkedHashMap<String, Span>>() {
            @Override
            public LinkedHashMap<String, Span> let(Expr.Let let) {
                return group(let.recursive(), let.bindings(), let.body());
            }

            /** A join point's list is computed as a closure's: what its body uses from the enclosing scope. */
            @Override
            public LinkedHashMap<String, Span> join(Expr.Join join) {
                return group(join.recursive(), join.bindings(), join.body());
            }

            private LinkedHashMap<String, Span> group(boolean recursive, List<Binding> bindings, Expr body) {
                LinkedHashMap<String, Span> names = new LinkedHashMap<>();
                for (Binding b : bindings) merge(names, collectLambda(b.lambda(), open));
                List<Binder> binders = bindings.stream().map(Binding::binder).toList();
                if (recursive) removeAll(names, binders);
                LinkedHashMap<String, Span> bodyNames = collect(body, open);
                removeAll(bodyNames, binders);
                merge(names, bodyNames);
                return names;
            }

            @Override
            public LinkedHashMap<String, Span> caseOf(Expr.Case c) {
                LinkedHashMap<String, Span> names = collect(c.scrutinee(), open);
                for (Alt alt : c.alts()) {
                    LinkedHashMap<String, Span> body = collect(alt.body(), open);
                    removeAll(body, alt.binders());
                    merge(names, body);
                }
                return names;
            }

            @Override
            public LinkedHashMap<String, Span> app(Expr.App app) {
                LinkedHashMap<String, Span> names = new LinkedHashMap<>();
                names.put(app.function().name(), app.function().span());
                atoms(app.args(), names);
                return names;
            }

            @Override
            public LinkedHashMap<String, Span> conApp(Expr.ConApp con) {
                return atoms(con.args(), new LinkedHashMap<>());
            }

            @Override
            public LinkedHashMap<String, Span> primApp(Expr.PrimApp prim) {
                return atoms(prim.args(), new LinkedHashMap<>());
            }

            @Override
            public LinkedHashMap<String, Span> lit(Lit lit) {
                return new LinkedHashMap<>();
            }
        });
    }

    private static LinkedHashMap<String, Span> atoms(List<Atom> atoms, LinkedHashMap<String, Span> names) {
        for (Atom atom : atoms) if (atom instanceof Var v) names.putIfAbsent(v.name(), v.span());
        return names;
    }

    private static void merge(Map<String, Span> into, Map<String, Span> later) {
        for (Map.Entry<String, Span> e : later.entrySet()) into.putIfAbsent(e.getKey(), e.getValue());
    }

    private static void removeAll(Map<String, Span> names, List<Binder> binders) {
        for (Binder b : binders) names.remove(b.name());
    }

    /**
     * Local names in scope, each with how many binders in scope carry it: binding and unbinding
     * cost one map update, where copying a set per binder cost the depth at every level.
     */
    private record LocalScope(Map<String, Integer> counts) {

        void bind(List<Binder> binders) {
            for (Binder b : binders) counts.merge(b.name(), 1, Integer::sum);
        }

        void unbind(List<Binder> binders) {
            for (Binder b : binders) counts.computeIfPresent(b.name(), (name, n) -> n == 1 ? null : n - 1);
        }

        boolean contains(String name) {
            return counts.containsKey(name);
        }
    }

    /** Walks the program keeping the local names in scope, keeping of each lambda's open names the local ones. */
    private record ListCollector(Map<LambdaForm, Map<String, Span>> open, Map<LambdaForm, List<FreeVarEntry>> lists,
                                 LocalScope locals) {

        void lambda(LambdaForm lambda) {
            List<FreeVarEntry> list = new ArrayList<>();
            open.get(lambda).forEach((name, span) -> {
                if (locals.contains(name)) list.add(new FreeVarEntry.Plain(name, span));
            });
            lists.put(lambda, list);
            locals.bind(lambda.params());
            expr(lambda.body());
            locals.unbind(lambda.params());
        }

        /** A let or join group: a recursive group's binders are in scope in its right-hand sides. */
        void group(boolean recursive, List<Binding> bindings, Expr body) {
            List<Binder> group = bindings.stream().map(Binding::binder).toList();
            if (recursive) locals.bind(group);
            for (Binding b : bindings) lambda(b.lambda());
            if (!recursive) locals.bind(group);
            expr(body);
            locals.unbind(group);
        }

        void expr(Expr expr) {
            expr.accept(new Expr.StructureVisitor<Void>() {
                @Override
                public Void let(Expr.Let let) {
                    group(let.recursive(), let.bindings(), let.body());
                    return null;
                }

                /** A join point's list is computed as a closure's: what its body uses from the enclosing scope. */
                @Override
                public Void join(Expr.Join join) {
                    group(join.recursive(), join.bindings(), join.body());
                    return null;
                }

                @Override
                public Void caseOf(Expr.Case c) {
                    expr(c.scrutinee());
                    for (Alt alt : c.alts()) {
                        locals.bind(alt.binders());
                        expr(alt.body());
                        locals.unbind(alt.binders());
                    }
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
                return new Expr.Case(fill(c.scrutinee(), exact), c.alts().stream().map(a -> a.withBody(fill(a.body(), exact))).toList(),
                        c.span());
            }

            @Override
            public Expr atomic(Expr.Atomic leaf) {
                return leaf;
            }
        });
    }
}
