package dev.stg.interp.repl;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.Var;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rebuilds a binding node by node, letting a subclass change spans and variable occurrences.
 * It tracks the names bound locally around each occurrence (parameters, listed free
 * variables, let and case binders), so a subclass can tell a global from a local of the same
 * name.
 */
abstract class TreeRewriter {

    /** The span to give a rebuilt node; unchanged by default. */
    Span span(Span span) {
        return span;
    }

    /** The variable to put for an occurrence of {@code v}, where {@code local} are the names bound around it. */
    Var variable(Var v, Set<String> local) {
        return new Var(v.name(), span(v.span()));
    }

    final Binding binding(Binding b) {
        return binding(b, Set.of());
    }

    private Binding binding(Binding b, Set<String> local) {
        seen(b);
        return new Binding(binder(b.binder()), lambda(b.lambda(), local));
    }

    /** Called for every binding, global or local, before it is rebuilt. */
    void seen(Binding b) {
    }

    private LambdaForm lambda(LambdaForm lf, Set<String> enclosing) {
        Set<String> local = with(enclosing, lf.params().stream().map(Binder::name));
        local.addAll(lf.freeVars().stream().map(FreeVarEntry::name).toList());
        return new LambdaForm(lf.freeVars().stream().map(this::entry).toList(), lf.updatable(),
                lf.params().stream().map(this::binder).toList(), expr(lf.body(), local), span(lf.span()));
    }

    private Binder binder(Binder b) {
        return new Binder(b.name(), span(b.span()));
    }

    private FreeVarEntry entry(FreeVarEntry entry) {
        if (entry instanceof FreeVarEntry.Parent p) {
            return new FreeVarEntry.Parent(p.name(), span(p.span()), p.reached().stream().map(this::entry).toList());
        }
        return new FreeVarEntry.Plain(entry.name(), span(entry.span()));
    }

    private Expr expr(Expr expr, Set<String> local) {
        return expr.accept(new Expr.Visitor<>() {
            @Override
            public Expr let(Expr.Let let) {
                Set<String> inner = with(local, let.bindings().stream().map(Binding::name));
                return new Expr.Let(let.recursive(), group(let.recursive(), let.bindings(), local, inner),
                        expr(let.body(), inner), span(let.span()));
            }

            @Override
            public Expr join(Expr.Join join) {
                Set<String> inner = with(local, join.bindings().stream().map(Binding::name));
                return new Expr.Join(join.recursive(), group(join.recursive(), join.bindings(), local, inner),
                        expr(join.body(), inner), span(join.span()));
            }

            @Override
            public Expr caseOf(Expr.Case c) {
                return new Expr.Case(expr(c.scrutinee(), local), c.alts().stream().map(a -> alt(a, local)).toList(),
                        span(c.span()));
            }

            @Override
            public Expr app(Expr.App app) {
                return new Expr.App(variable(app.function(), local), atoms(app.args(), local), span(app.span()));
            }

            @Override
            public Expr conApp(Expr.ConApp con) {
                return new Expr.ConApp(con.constructor(), atoms(con.args(), local), span(con.span()));
            }

            @Override
            public Expr primApp(Expr.PrimApp prim) {
                return new Expr.PrimApp(prim.op(), atoms(prim.args(), local), span(prim.span()));
            }

            @Override
            public Expr lit(Lit lit) {
                return lit.withSpan(span(lit.span()));
            }
        });
    }

    /** A let or join group's right-hand sides: {@code inner} has the group's names, which a recursive group sees. */
    private List<Binding> group(boolean recursive, List<Binding> bindings, Set<String> local, Set<String> inner) {
        Set<String> rhs = recursive ? inner : local;
        return bindings.stream().map(b -> binding(b, rhs)).toList();
    }

    private List<Atom> atoms(List<Atom> atoms, Set<String> local) {
        return atoms.stream().map(a -> atom(a, local)).toList();
    }

    private Atom atom(Atom atom, Set<String> local) {
        if (atom instanceof Var v) return variable(v, local);
        return ((Lit) atom).withSpan(span(atom.span()));
    }

    private Alt alt(Alt alt, Set<String> enclosing) {
        if (alt instanceof Alt.ConAlt a) {
            Set<String> local = with(enclosing, a.vars().stream().map(Binder::name));
            return new Alt.ConAlt(a.constructor(), a.vars().stream().map(this::binder).toList(),
                    expr(a.body(), local), span(a.span()));
        } else if (alt instanceof Alt.LitAlt a) {
            return new Alt.LitAlt(a.lit().withSpan(span(a.lit().span())), expr(a.body(), enclosing), span(a.span()));
        } else if (alt instanceof Alt.VarAlt a) {
            return new Alt.VarAlt(binder(a.var()), expr(a.body(), with(enclosing, Stream.of(a.var().name()))),
                    span(a.span()));
        }
        return new Alt.DefaultAlt(expr(alt.body(), enclosing), span(alt.span()));
    }

    private static Set<String> with(Set<String> names, Stream<String> more) {
        Set<String> all = new HashSet<>(names);
        more.forEach(all::add);
        return all;
    }
}
