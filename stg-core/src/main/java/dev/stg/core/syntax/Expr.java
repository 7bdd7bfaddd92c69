package dev.stg.core.syntax;

import java.util.List;

/** An STG expression. Every node keeps its source span. */
public sealed interface Expr permits Expr.Let, Expr.Case, Expr.App, Expr.ConApp, Expr.PrimApp, Lit {

    Span span();

    /** {@code let} (non-recursive: right-hand sides see only the enclosing scope) or {@code letrec}. */
    record Let(boolean recursive, List<Binding> bindings, Expr body, Span span) implements Expr {
        public Let {
            bindings = List.copyOf(bindings);
        }
    }

    /** {@code case scrutinee of alts}. */
    record Case(Expr scrutinee, List<Alt> alts, Span span) implements Expr {
        public Case {
            alts = List.copyOf(alts);
        }
    }

    /** A variable applied to atoms; a variable alone is an application to no arguments. */
    record App(Var function, List<Atom> args, Span span) implements Expr {
        public App {
            args = List.copyOf(args);
        }
    }

    /** A saturated constructor application {@code Con a b}. */
    record ConApp(String constructor, List<Atom> args, Span span) implements Expr {
        public ConApp {
            args = List.copyOf(args);
        }
    }

    /** A saturated primitive operation {@code +# a b}. */
    record PrimApp(PrimOp op, List<Atom> args, Span span) implements Expr {
        public PrimApp {
            args = List.copyOf(args);
        }
    }
}
