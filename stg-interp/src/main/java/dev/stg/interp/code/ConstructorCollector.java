package dev.stg.interp.code;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.UnboxedTuples;

import java.util.function.ObjIntConsumer;

/**
 * Meets every constructor of a program before any case is compiled, so tag tables have their
 * final size. Unboxed tuples are not among them: they have no info table and no tag, as they
 * never live on the heap.
 */
final class ConstructorCollector implements Expr.Visitor<Void> {

    private final ObjIntConsumer<String> sink;

    ConstructorCollector(ObjIntConsumer<String> sink) {
        this.sink = sink;
    }

    void collect(Program program) {
        for (Binding b : program.bindings()) b.lambda().body().accept(this);
    }

    @Override
    public Void let(Expr.Let let) {
        for (Binding b : let.bindings()) b.lambda().body().accept(this);
        return let.body().accept(this);
    }

    @Override
    public Void join(Expr.Join join) {
        for (Binding b : join.bindings()) b.lambda().body().accept(this);
        return join.body().accept(this);
    }

    @Override
    public Void caseOf(Expr.Case c) {
        c.scrutinee().accept(this);
        for (Alt alt : c.alts()) {
            if (alt instanceof Alt.ConAlt con && !UnboxedTuples.is(con.constructor())) sink.accept(con.constructor(), con.vars().size());
            alt.body().accept(this);
        }
        return null;
    }

    @Override
    public Void app(Expr.App app) {
        return null;
    }

    @Override
    public Void conApp(Expr.ConApp con) {
        if (!UnboxedTuples.is(con.constructor())) sink.accept(con.constructor(), con.args().size());
        return null;
    }

    @Override
    public Void primApp(Expr.PrimApp prim) {
        return null;
    }

    @Override
    public Void lit(Lit lit) {
        return null;
    }
}
