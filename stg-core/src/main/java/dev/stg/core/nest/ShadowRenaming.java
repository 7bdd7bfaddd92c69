package dev.stg.core.nest;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.ExprSearch;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Var;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renames apart every local binder that shadows a name already in scope, before the nesting
 * pass (docs/nesting.md, "Renaming"). In scope are the globals, the binders of enclosing
 * scopes, and the closures whose bodies enclose the binder: inside {@code f}'s body a nested
 * entry {@code f{..}} names the running closure {@code f}, so a closure built there and also
 * called {@code f} would make that head ambiguous. After renaming, a name denotes one binder
 * wherever it is visible, so the nested entries the pass prints mean exactly what the pass
 * decided: the printed program reruns, and nests again, to the same result.
 *
 * <p>A renamed binder {@code x} becomes {@code x_N}, the first such name the program does not
 * use anywhere; binders that shadow nothing keep their names. The input has flat lists, whose
 * entries are resolved where the closure is built.
 */
final class ShadowRenaming {

    /** What each visible name currently means (its new name), and how many scopes bind it. */
    private final Map<String, String> meaning = new HashMap<>();
    private final Map<String, Integer> taken = new HashMap<>();
    private final Set<String> used;
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    private ShadowRenaming(Set<String> used) {
        this.used = used;
    }

    static Program apply(Program program) {
        ShadowRenaming renaming = new ShadowRenaming(AllNames.of(program));
        for (Binding b : program.bindings()) renaming.take(b.name());
        List<Binding> globals = new ArrayList<>();
        for (Binding b : program.bindings()) {
            renaming.take(b.name());
            globals.add(new Binding(b.binder(), renaming.lambda(b.lambda())));
            renaming.release(b.name());
        }
        return new Program(program.dataDecls(), globals);
    }

    private LambdaForm lambda(LambdaForm lambda) {
        List<FreeVarEntry> entries = lambda.freeVars().stream()
                .map(e -> (FreeVarEntry) new FreeVarEntry.Plain(resolve(e.name()), e.span())).toList();
        Scoped params = bind(lambda.params());
        Expr body = expr(lambda.body());
        params.close();
        return new LambdaForm(entries, lambda.updatable(), params.binders, body, lambda.span());
    }

    private Expr expr(Expr expr) {
        return expr.accept(new Expr.Visitor<>() {
            @Override
            public Expr let(Expr.Let let) {
                return ShadowRenaming.this.let(let);
            }

            @Override
            public Expr join(Expr.Join join) {
                Group group = group(join.recursive(), join.bindings(), join.body());
                return new Expr.Join(join.recursive(), group.bindings(), group.body(), join.span());
            }

            @Override
            public Expr caseOf(Expr.Case c) {
                Expr scrutinee = expr(c.scrutinee());
                List<Alt> alts = new ArrayList<>();
                for (Alt alt : c.alts()) alts.add(alt(alt));
                return new Expr.Case(scrutinee, alts, c.span());
            }

            @Override
            public Expr app(Expr.App app) {
                return new Expr.App(var(app.function()), atoms(app.args()), app.span());
            }

            @Override
            public Expr conApp(Expr.ConApp con) {
                return new Expr.ConApp(con.constructor(), atoms(con.args()), con.span());
            }

            @Override
            public Expr primApp(Expr.PrimApp prim) {
                return new Expr.PrimApp(prim.op(), atoms(prim.args()), prim.span());
            }

            @Override
            public Expr lit(Lit lit) {
                return lit;
            }
        });
    }

    private Expr let(Expr.Let let) {
        Group group = group(let.recursive(), let.bindings(), let.body());
        return new Expr.Let(let.recursive(), group.bindings(), group.body(), let.span());
    }

    private record Group(List<Binding> bindings, Expr body) {
    }

    /** A let, letrec, join or joinrec group and its body, renamed. */
    private Group group(boolean recursive, List<Binding> original, Expr originalBody) {
        List<Binder> binders = original.stream().map(Binding::binder).toList();
        List<Binding> bindings = new ArrayList<>();
        Scoped group;
        if (recursive) {
            group = bind(binders);
            for (int i = 0; i < binders.size(); i++) bindings.add(built(group.binders.get(i), original.get(i)));
        } else {
            // A non-recursive group's right-hand sides see the enclosing scope: rename first, bind after.
            List<Binder> renamed = binders.stream().map(this::fresh).toList();
            for (int i = 0; i < binders.size(); i++) bindings.add(built(renamed.get(i), original.get(i)));
            group = bindAs(binders, renamed);
        }
        Expr body = expr(originalBody);
        group.close();
        return new Group(bindings, body);
    }

    /** The closure's own name is taken in its body, where it names the running closure as a head. */
    private Binding built(Binder binder, Binding binding) {
        take(binder.name());
        LambdaForm lambda = lambda(binding.lambda());
        release(binder.name());
        return new Binding(binder, lambda);
    }

    private Alt alt(Alt alt) {
        Scoped pattern = bind(alt.binders());
        Expr body = expr(alt.body());
        pattern.close();
        return alt.rebind(pattern.binders, body);
    }

    private List<Atom> atoms(List<Atom> atoms) {
        return atoms.stream().map(a -> a instanceof Var v ? (Atom) var(v) : (Lit) a).toList();
    }

    private Var var(Var v) {
        String name = resolve(v.name());
        return name.equals(v.name()) ? v : new Var(name, v.span());
    }

    private String resolve(String name) {
        return meaning.getOrDefault(name, name);
    }

    /** Binders entering scope together (one parameter list, pattern or letrec group). */
    private Scoped bind(List<Binder> binders) {
        return bindAs(binders, binders.stream().map(this::fresh).toList());
    }

    private Scoped bindAs(List<Binder> original, List<Binder> renamed) {
        List<String> previous = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            previous.add(meaning.put(original.get(i).name(), renamed.get(i).name()));
            take(renamed.get(i).name());
        }
        return new Scoped(original, renamed, previous);
    }

    /** The binder itself when its name is free here, else renamed to a name the program does not use. */
    private Binder fresh(Binder binder) {
        String name = binder.name();
        if (!taken.containsKey(name)) return binder;
        int n = nextSuffix.getOrDefault(name, 1);
        while (used.contains(name + "_" + n)) n++;
        nextSuffix.put(name, n + 1);
        used.add(name + "_" + n);
        return new Binder(name + "_" + n, binder.span());
    }

    private void take(String name) {
        taken.merge(name, 1, Integer::sum);
    }

    private void release(String name) {
        taken.computeIfPresent(name, (k, count) -> count == 1 ? null : count - 1);
    }

    /** A scope to close when its binders go out of scope: restores what their names meant. */
    private final class Scoped {
        final List<Binder> binders;
        private final List<Binder> original;
        private final List<String> previous;

        Scoped(List<Binder> original, List<Binder> binders, List<String> previous) {
            this.original = original;
            this.binders = binders;
            this.previous = previous;
        }

        void close() {
            for (int i = original.size() - 1; i >= 0; i--) {
                String name = original.get(i).name();
                if (previous.get(i) == null) meaning.remove(name);
                else meaning.put(name, previous.get(i));
                release(binders.get(i).name());
            }
        }
    }

    /** Every name the program spells, so a new name collides with none. */
    private static final class AllNames extends ExprSearch {
        private final Set<String> names = new HashSet<>();

        static Set<String> of(Program program) {
            AllNames all = new AllNames();
            all.finds(program);
            return all.names;
        }

        @Override
        protected boolean closure(Binding b) {
            names.add(b.name());
            b.lambda().freeVars().forEach(e -> names.add(e.name()));
            bound(b.lambda().params());
            return finds(b.lambda().body());
        }

        @Override
        protected boolean joinPoint(Binding b) {
            return closure(b);
        }

        @Override
        protected boolean variable(Var v) {
            names.add(v.name());
            return false;
        }

        @Override
        protected boolean bound(List<Binder> binders) {
            binders.forEach(b -> names.add(b.name()));
            return false;
        }
    }
}
