package dev.stg.core.syntax;

import java.util.List;

/** Replaces every span by {@link Span#NONE}, so trees read from different texts compare by structure. */
public final class SpanEraser {

    private SpanEraser() {
    }

    public static Program erase(Program program) {
        return new Program(program.dataDecls().stream().map(SpanEraser::erase).toList(),
                program.bindings().stream().map(SpanEraser::erase).toList());
    }

    private static DataDecl erase(DataDecl decl) {
        return new DataDecl(decl.name(), decl.constructors().stream()
                .map(c -> new DataDecl.Constructor(c.name(), c.fields(), Span.NONE)).toList(), Span.NONE);
    }

    public static Binding erase(Binding binding) {
        return new Binding(erase(binding.binder()), erase(binding.lambda()));
    }

    public static LambdaForm erase(LambdaForm lf) {
        return new LambdaForm(lf.freeVars().stream().map(SpanEraser::erase).toList(), lf.updatable(),
                lf.params().stream().map(SpanEraser::erase).toList(), erase(lf.body()), Span.NONE);
    }

    private static Binder erase(Binder binder) {
        return new Binder(binder.name(), Span.NONE);
    }

    private static FreeVarEntry erase(FreeVarEntry entry) {
        if (entry instanceof FreeVarEntry.Parent p) {
            return new FreeVarEntry.Parent(p.name(), Span.NONE, p.reached().stream().map(SpanEraser::erase).toList());
        }
        return new FreeVarEntry.Plain(entry.name(), Span.NONE);
    }

    public static Expr erase(Expr expr) {
        return expr.accept(new Expr.Visitor<>() {
            @Override
            public Expr let(Expr.Let let) {
                return new Expr.Let(let.recursive(), let.bindings().stream().map(SpanEraser::erase).toList(),
                        erase(let.body()), Span.NONE);
            }

            @Override
            public Expr join(Expr.Join join) {
                return new Expr.Join(join.recursive(), join.bindings().stream().map(SpanEraser::erase).toList(),
                        erase(join.body()), Span.NONE);
            }

            @Override
            public Expr caseOf(Expr.Case c) {
                return new Expr.Case(erase(c.scrutinee()), c.alts().stream().map(SpanEraser::erase).toList(), Span.NONE);
            }

            @Override
            public Expr app(Expr.App app) {
                return new Expr.App(new Var(app.function().name(), Span.NONE), atoms(app.args()), Span.NONE);
            }

            @Override
            public Expr conApp(Expr.ConApp con) {
                return new Expr.ConApp(con.constructor(), atoms(con.args()), Span.NONE);
            }

            @Override
            public Expr primApp(Expr.PrimApp prim) {
                return new Expr.PrimApp(prim.op(), atoms(prim.args()), Span.NONE);
            }

            @Override
            public Expr lit(Lit lit) {
                return lit.withSpan(Span.NONE);
            }
        });
    }

    private static Alt erase(Alt alt) {
        if (alt instanceof Alt.ConAlt a) {
            return new Alt.ConAlt(a.constructor(), a.vars().stream().map(SpanEraser::erase).toList(),
                    erase(a.body()), Span.NONE);
        } else if (alt instanceof Alt.LitAlt a) {
            return new Alt.LitAlt(a.lit().withSpan(Span.NONE), erase(a.body()), Span.NONE);
        } else if (alt instanceof Alt.VarAlt a) {
            return new Alt.VarAlt(erase(a.var()), erase(a.body()), Span.NONE);
        }
        return new Alt.DefaultAlt(erase(alt.body()), Span.NONE);
    }

    private static List<Atom> atoms(List<Atom> atoms) {
        return atoms.stream().map(a -> a instanceof Var v ? (Atom) new Var(v.name(), Span.NONE)
                : ((Lit) a).withSpan(Span.NONE)).toList();
    }
}
