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

import java.util.List;

/**
 * Moves the spans of a tree parsed from a wrapped expression ({@code it = \ -> EXPR}) back to
 * where they are in the text as typed: the wrapper only widens line 1, by {@code shift}
 * columns; the wrapper's own tokens land on column 1. Errors and traces then point at what
 * the user typed.
 */
final class SpanShift {

    private final int shift;
    private final int firstLineEnd;

    SpanShift(int shift, String firstLine) {
        this.shift = shift;
        this.firstLineEnd = firstLine.length() + 1;
    }

    Span span(Span span) {
        if (!span.isKnown() || span.line() != 1) return span;
        int column = Math.min(firstLineEnd, Math.max(1, span.column() - shift));
        int endColumn = span.endLine() == 1 ? Math.max(column + 1, span.endColumn() - shift) : span.endColumn();
        return new Span(span.file(), 1, column, span.endLine(), endColumn);
    }

    Binding binding(Binding b) {
        return new Binding(binder(b.binder()), lambda(b.lambda()));
    }

    private LambdaForm lambda(LambdaForm lf) {
        return new LambdaForm(lf.freeVars().stream().map(this::entry).toList(), lf.updatable(),
                lf.params().stream().map(this::binder).toList(), expr(lf.body()), span(lf.span()));
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

    private Expr expr(Expr expr) {
        if (expr instanceof Expr.Let let) {
            return new Expr.Let(let.recursive(), let.bindings().stream().map(this::binding).toList(),
                    expr(let.body()), span(let.span()));
        } else if (expr instanceof Expr.Case c) {
            return new Expr.Case(expr(c.scrutinee()), c.alts().stream().map(this::alt).toList(), span(c.span()));
        } else if (expr instanceof Expr.App app) {
            return new Expr.App((Var) atom(app.function()), atoms(app.args()), span(app.span()));
        } else if (expr instanceof Expr.ConApp con) {
            return new Expr.ConApp(con.constructor(), atoms(con.args()), span(con.span()));
        } else if (expr instanceof Expr.PrimApp prim) {
            return new Expr.PrimApp(prim.op(), atoms(prim.args()), span(prim.span()));
        }
        return (Lit) atom((Lit) expr);
    }

    private List<Atom> atoms(List<Atom> atoms) {
        return atoms.stream().map(this::atom).toList();
    }

    private Atom atom(Atom atom) {
        if (atom instanceof Var v) return new Var(v.name(), span(v.span()));
        return new Lit(((Lit) atom).value(), span(atom.span()));
    }

    private Alt alt(Alt alt) {
        if (alt instanceof Alt.ConAlt a) {
            return new Alt.ConAlt(a.constructor(), a.vars().stream().map(this::binder).toList(), expr(a.body()),
                    span(a.span()));
        } else if (alt instanceof Alt.LitAlt a) {
            return new Alt.LitAlt(a.value(), expr(a.body()), span(a.span()));
        } else if (alt instanceof Alt.VarAlt a) {
            return new Alt.VarAlt(binder(a.var()), expr(a.body()), span(a.span()));
        }
        return new Alt.DefaultAlt(expr(alt.body()), span(alt.span()));
    }
}
