package dev.stg.core.nest;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;

import java.util.function.Predicate;

/**
 * Static counts of a program's heap closures, for {@code stg compare} and docs/evidence.md: how
 * many closures a let or letrec builds (the ones the nesting pass may rewrite: not join points,
 * not closures laid out as constructors, not globals), how many hold a parent pointer, and how
 * many fields they have in all (a nested entry is one field, the pointer).
 *
 * @param closures       heap closures built by let/letrec, constructor closures excepted
 * @param nested         those whose list has a nested entry
 * @param fieldWords     their fields, summed: what building each once stores
 */
public record NestingCensus(int closures, int nested, long fieldWords) {

    public static NestingCensus of(Program program) {
        return of(program, file -> true);
    }

    /**
     * The closures built in the bodies of the globals defined in the files {@code defined}
     * accepts (by their binder's span): a program's own closures apart from its library's.
     */
    public static NestingCensus of(Program program, Predicate<String> defined) {
        Counter counter = new Counter();
        for (Binding global : program.bindings()) {
            if (defined.test(global.binder().span().file())) counter.expr(global.lambda().body());
        }
        return new NestingCensus(counter.closures, counter.nested, counter.fieldWords);
    }

    private static final class Counter implements Expr.StructureVisitor<Void> {
        int closures;
        int nested;
        long fieldWords;

        Void expr(Expr expr) {
            return expr.accept(this);
        }

        @Override
        public Void let(Expr.Let let) {
            for (Binding b : let.bindings()) {
                LambdaForm lambda = b.lambda();
                if (!lambda.laidOutAsConstructor()) {
                    closures++;
                    fieldWords += lambda.freeVars().size();
                    if (lambda.freeVars().stream().anyMatch(FreeVarEntry.Parent.class::isInstance)) nested++;
                }
                expr(lambda.body());
            }
            return expr(let.body());
        }

        /** A join point has no heap object; closures its body builds count as the enclosing body's. */
        @Override
        public Void join(Expr.Join join) {
            for (Binding b : join.bindings()) expr(b.lambda().body());
            return expr(join.body());
        }

        @Override
        public Void caseOf(Expr.Case c) {
            expr(c.scrutinee());
            for (Alt alt : c.alts()) expr(alt.body());
            return null;
        }

        @Override
        public Void atomic(Expr.Atomic leaf) {
            return null;
        }
    }
}
