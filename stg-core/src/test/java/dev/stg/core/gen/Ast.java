package dev.stg.core.gen;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.Var;

import java.util.List;

/** Span-free AST constructors, so tests state expected trees as briefly as the source they parse. */
public final class Ast {

    private static final Span NO = Span.NONE;

    private Ast() {
    }

    public static Program program(Binding... bindings) {
        return new Program(List.of(bindings));
    }

    public static Binding bind(String name, LambdaForm lambda) {
        return new Binding(new Binder(name, NO), lambda);
    }

    /** {@code \(free) params -> body}. */
    public static LambdaForm fun(List<FreeVarEntry> free, List<String> params, Expr body) {
        return new LambdaForm(free, false, binders(params), body, NO);
    }

    /** {@code \(free) => body}. */
    public static LambdaForm thunk(List<FreeVarEntry> free, Expr body) {
        return new LambdaForm(free, true, List.of(), body, NO);
    }

    public static List<FreeVarEntry> free(FreeVarEntry... entries) {
        return List.of(entries);
    }

    public static FreeVarEntry plain(String name) {
        return new FreeVarEntry.Plain(name, NO);
    }

    public static FreeVarEntry parent(String name, FreeVarEntry... reached) {
        return new FreeVarEntry.Parent(name, NO, List.of(reached));
    }

    public static List<String> params(String... names) {
        return List.of(names);
    }

    public static Expr let(Expr body, Binding... bindings) {
        return new Expr.Let(false, List.of(bindings), body, NO);
    }

    public static Expr letrec(Expr body, Binding... bindings) {
        return new Expr.Let(true, List.of(bindings), body, NO);
    }

    public static Expr join(Expr body, Binding... bindings) {
        return new Expr.Join(false, List.of(bindings), body, NO);
    }

    public static Expr joinrec(Expr body, Binding... bindings) {
        return new Expr.Join(true, List.of(bindings), body, NO);
    }

    public static Expr caseOf(Expr scrutinee, Alt... alts) {
        return new Expr.Case(scrutinee, List.of(alts), NO);
    }

    public static Alt conAlt(String constructor, List<String> vars, Expr body) {
        return new Alt.ConAlt(constructor, binders(vars), body, NO);
    }

    public static Alt litAlt(long value, Expr body) {
        return new Alt.LitAlt(value, body, NO);
    }

    public static Alt varAlt(String name, Expr body) {
        return new Alt.VarAlt(new Binder(name, NO), body, NO);
    }

    public static Alt defaultAlt(Expr body) {
        return new Alt.DefaultAlt(body, NO);
    }

    /** {@code f a b}; a variable alone is an application to nothing. */
    public static Expr app(String function, Atom... args) {
        return new Expr.App(new Var(function, NO), List.of(args), NO);
    }

    public static Expr con(String constructor, Atom... args) {
        return new Expr.ConApp(constructor, List.of(args), NO);
    }

    public static Expr prim(PrimOp op, Atom... args) {
        return new Expr.PrimApp(op, List.of(args), NO);
    }

    public static Var var(String name) {
        return new Var(name, NO);
    }

    public static Lit lit(long value) {
        return new Lit(value, NO);
    }

    private static List<Binder> binders(List<String> names) {
        return names.stream().map(n -> new Binder(n, NO)).toList();
    }
}
