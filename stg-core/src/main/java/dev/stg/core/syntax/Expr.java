package dev.stg.core.syntax;

import java.util.List;

/**
 * An STG expression. Every node keeps its source span.
 *
 * <p>Every walk over expressions goes through {@link Visitor}, which has one method per node and
 * no defaults: a new node is a compile error in every walker until each says what it does with
 * it, instead of silently falling into some default branch.
 */
public sealed interface Expr permits Expr.Let, Expr.Case, Expr.App, Expr.ConApp, Expr.PrimApp, Lit {

    Span span();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of expression; a walker implements all of them. */
    interface Visitor<R> {
        R let(Let let);

        R caseOf(Case c);

        R app(App app);

        R conApp(ConApp con);

        R primApp(PrimApp prim);

        R lit(Lit lit);
    }

    /** {@code let} (non-recursive: right-hand sides see only the enclosing scope) or {@code letrec}. */
    record Let(boolean recursive, List<Binding> bindings, Expr body, Span span) implements Expr {
        public Let {
            bindings = List.copyOf(bindings);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.let(this);
        }
    }

    /** {@code case scrutinee of alts}. */
    record Case(Expr scrutinee, List<Alt> alts, Span span) implements Expr {
        public Case {
            alts = List.copyOf(alts);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.caseOf(this);
        }
    }

    /** A variable applied to atoms; a variable alone is an application to no arguments. */
    record App(Var function, List<Atom> args, Span span) implements Expr {
        public App {
            args = List.copyOf(args);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.app(this);
        }
    }

    /** A saturated constructor application {@code Con a b}. */
    record ConApp(String constructor, List<Atom> args, Span span) implements Expr {
        public ConApp {
            args = List.copyOf(args);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.conApp(this);
        }
    }

    /** A saturated primitive operation {@code +# a b}. */
    record PrimApp(PrimOp op, List<Atom> args, Span span) implements Expr {
        public PrimApp {
            args = List.copyOf(args);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.primApp(this);
        }
    }
}
