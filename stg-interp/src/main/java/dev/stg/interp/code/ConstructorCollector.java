package dev.stg.interp.code;

import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.ExprSearch;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.UnboxedTuples;

import java.util.function.ObjIntConsumer;

/**
 * Meets every constructor of a program (built or matched) before any case is compiled, so tag
 * tables have their final size. Unboxed tuples are not among them: they have no info table and
 * no tag, as they never live on the heap.
 */
final class ConstructorCollector extends ExprSearch {

    private final ObjIntConsumer<String> sink;

    ConstructorCollector(ObjIntConsumer<String> sink) {
        this.sink = sink;
    }

    void collect(Program program) {
        finds(program);
    }

    @Override
    protected boolean closure(Binding closure) {
        return finds(closure.lambda().body());
    }

    @Override
    protected boolean constructor(String name, int arity, Span span) {
        if (!UnboxedTuples.is(name)) sink.accept(name, arity);
        return false;
    }
}
