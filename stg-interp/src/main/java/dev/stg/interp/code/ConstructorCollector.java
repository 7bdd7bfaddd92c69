package dev.stg.interp.code;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.Program;

import java.util.function.ObjIntConsumer;

/** Meets every constructor of a program before any case is compiled, so tag tables have their final size. */
final class ConstructorCollector {

    private final ObjIntConsumer<String> sink;

    ConstructorCollector(ObjIntConsumer<String> sink) {
        this.sink = sink;
    }

    void collect(Program program) {
        for (Binding b : program.bindings()) expr(b.lambda().body());
    }

    private void expr(Expr expr) {
        if (expr instanceof Expr.Let let) {
            for (Binding b : let.bindings()) expr(b.lambda().body());
            expr(let.body());
        } else if (expr instanceof Expr.Case c) {
            expr(c.scrutinee());
            for (Alt alt : c.alts()) {
                if (alt instanceof Alt.ConAlt con) sink.accept(con.constructor(), con.vars().size());
                expr(alt.body());
            }
        } else if (expr instanceof Expr.ConApp con) {
            sink.accept(con.constructor(), con.args().size());
        }
    }
}
