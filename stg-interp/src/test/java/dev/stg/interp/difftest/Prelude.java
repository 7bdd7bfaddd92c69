package dev.stg.interp.difftest;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.parse.Dialect;
import dev.stg.core.parse.Parsers;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.SourceFile;

import java.util.List;

/**
 * Hand-written global functions every generated program starts with: known functions to call,
 * and functions to pass as unknown arguments. Each terminates on finite lists and pins the
 * boxity of its Int# parameters (a literal pattern or a primop), so the inferred boxity matches
 * its type whichever way it is called.
 */
final class Prelude {

    static final String TAKE = "take";

    private static final String TEXT = """
            take = \\n xs -> case <=# n 0# of { 1# -> Nil; default -> case xs of { Nil -> Nil;
                Cons y ys -> case -# n 1# of { m -> let r = \\(m ys) => take m ys in Cons y r } } };
            map = \\f xs -> case xs of { Nil -> Nil;
                Cons y ys -> let h = \\(f y) => f y; t = \\(f ys) => map f ys in Cons h t };
            sum = \\xs -> case xs of { Nil -> 0#; Cons y ys -> case y of { I a -> case sum ys of { s -> +# a s } } };
            twice = \\f x -> case x of { 0# -> f x; w -> case f w of { 0# -> 7#; y -> f y } };
            compose = \\f g x -> let t = \\(g x) => g x in f t
            """;

    private static final Type BOX_TO_BOX = new Type.Fun(List.of(Type.BOX), Type.BOX);
    private static final Type INT_TO_INT = new Type.Fun(List.of(Type.INT), Type.INT);

    /** The global {@code take}, compared by identity: a local may shadow it. */
    static final Scope.Variable TAKE_FUNCTION = Scope.Variable.value(TAKE,
            new Type.Fun(List.of(Type.INT, Type.LIST), Type.LIST));

    static final List<Scope.Variable> GLOBALS = List.of(TAKE_FUNCTION,
            Scope.Variable.value("map", new Type.Fun(List.of(BOX_TO_BOX, Type.LIST), Type.LIST)),
            Scope.Variable.value("sum", new Type.Fun(List.of(Type.LIST), Type.INT)),
            Scope.Variable.value("twice", new Type.Fun(List.of(INT_TO_INT, Type.INT), Type.INT)),
            Scope.Variable.value("compose", new Type.Fun(List.of(BOX_TO_BOX, BOX_TO_BOX, Type.BOX), Type.BOX)));

    /** Function types the generator favours, so functions find each other as arguments. */
    static final List<Type> COMMON_FUNCTIONS = List.of(BOX_TO_BOX, INT_TO_INT);

    private Prelude() {
    }

    /** Freshly parsed bindings (new binder identities each time). */
    static List<Binding> bindings() {
        Diagnostics diags = new Diagnostics();
        List<Binding> bindings = Parsers.parse(new SourceFile("<prelude>", TEXT), Dialect.NATIVE, diags).bindings();
        diags.throwIfAny();
        return bindings;
    }
}
