package dev.stg.core.syntax;

import java.util.List;

/**
 * An STG expression. Every node keeps its source span.
 *
 * <p>Every walk over expressions goes through {@link Visitor}, which has one method per node and
 * no defaults: a new node is a compile error in every walker until each says what it does with
 * it, instead of silently falling into some default branch.
 * Walkers that only follow lets and cases use {@link StructureVisitor}, whose one leaf is an
 * {@link Atomic} expression; a new node that builds closures or binds names breaks them too.
 * Walkers that ask a question of a body (what it uses, builds or binds) extend
 * {@link ExprSearch}, which holds the one traversal with the language's scoping.
 */
public sealed interface Expr permits Expr.Let, Expr.Join, Expr.Case, Expr.Atomic {

    Span span();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of expression; a walker implements all of them. */
    interface Visitor<R> {
        R let(Let let);

        R join(Join join);

        R caseOf(Case c);

        R app(App app);

        R conApp(ConApp con);

        R primApp(PrimApp prim);

        R lit(Lit lit);
    }

    /**
     * An expression of atoms alone (an application, a constructor or primitive application, a
     * literal): it builds no closure and binds no name.
     */
    sealed interface Atomic extends Expr permits App, ConApp, PrimApp, Lit {
    }

    /**
     * A walker that looks only at where closures are built and names bound (lets and cases):
     * every {@link Atomic} expression is one leaf. A new node that builds or binds is not Atomic,
     * so it is still a compile error here until the walker handles it.
     */
    interface StructureVisitor<R> extends Visitor<R> {
        R atomic(Atomic leaf);

        @Override
        default R app(App app) {
            return atomic(app);
        }

        @Override
        default R conApp(ConApp con) {
            return atomic(con);
        }

        @Override
        default R primApp(PrimApp prim) {
            return atomic(prim);
        }

        @Override
        default R lit(Lit lit) {
            return atomic(lit);
        }
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

    /**
     * Join points ({@code join}/{@code joinrec}, GHC's {@code let-no-escape}): functions that are
     * only ever called ("jumped to") saturated, in tail position of {@code body} or of each other,
     * never captured by a closure. They are local continuations of the enclosing body: no heap
     * object is built for them, and a jump binds the parameters and runs the join point's body
     * in the same register frame, pushing no frame and allocating nothing. A jump is an
     * {@link App} of the join point's name.
     */
    record Join(boolean recursive, List<Binding> bindings, Expr body, Span span) implements Expr {
        public Join {
            bindings = List.copyOf(bindings);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.join(this);
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
    record App(Var function, List<Atom> args, Span span) implements Atomic {
        public App {
            args = List.copyOf(args);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.app(this);
        }
    }

    /** A saturated constructor application {@code Con a b}. */
    record ConApp(String constructor, List<Atom> args, Span span) implements Atomic {
        public ConApp {
            args = List.copyOf(args);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.conApp(this);
        }
    }

    /** A saturated primitive operation {@code +# a b}. */
    record PrimApp(PrimOp op, List<Atom> args, Span span) implements Atomic {
        public PrimApp {
            args = List.copyOf(args);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.primApp(this);
        }
    }
}
