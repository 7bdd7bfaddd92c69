package dev.stg.core.gen;

import java.util.Map;

/**
 * Representative programs embedded in the tests, so round-trip and mutation tests have material
 * before (and besides) the repository's samples/ folder.
 */
public final class Corpus {

    private Corpus() {
    }

    /** Native programs by name: stgi's layout (unbraced cases closed by a default), braces, nesting. */
    public static final Map<String, String> NATIVE = Map.of(
            "stgi-style sum", """
                    -- sums a list of boxed integers, written the way stgi programs are
                    main = \\ =>
                        letrec
                            sum = \\(sum) xs -> case xs of
                                Nil -> Int# 0#;
                                Cons y ys -> case y of
                                    Int# a -> case sum ys of
                                        Int# b -> case +# a b of
                                            s -> Int# s;
                                        bad -> Error_sum bad;
                                    bad -> Error_sum bad;
                                bad -> Error_sum bad;
                            one = \\ -> Int# 1#;
                            two = \\ -> Int# 2#;
                            nil = \\ -> Nil;
                            l2 = \\(two nil) -> Cons two nil;
                            l1 = \\(one l2) -> Cons one l2
                        in sum l1
                    """,
            "nested closures", """
                    {- the p{a b} notation: f3 reaches i0 and i1 through f2 -}
                    main = \\ =>
                        let i0 = \\ -> Int# 0#;
                            i1 = \\ -> Int# 1#;
                            i2 = \\ -> Int# -2#
                        in let f2 = \\(i0 i1) -> Pair i0 i1
                           in let f3 = \\(f2{i0 i1} i2) => Triple i0 i1 i2
                              in let f4 = \\(f3{f2{i0 i1} i2}) -> Quad i0 i1 i2
                                 in f4
                    """,
            "braced factorial", """
                    fac = \\n -> case n of { 0# -> 1#; default -> case -# n 1# of { m -> case fac m of { r -> *# n r } } };
                    main = \\ -> fac 10#
                    """,
            "map and thunks", """
                    map = \\f xs -> case xs of
                        Nil -> Nil;
                        Cons y ys -> let fy = \\(f y) => f y;
                                         rest = \\(f ys) => map f ys
                                     in Cons fy rest;
                        default -> error#;
                    twice = \\(x) -> Pair x x;   -- a closure with a listed free variable
                    unit = \\() -> Unit;
                    main = \\ => case map twice list of { Cons h t -> h; other -> other }
                    """,
            "primitives", """
                    cmp = \\a b -> case <=# a b of
                        1# -> case ==# a b of { 1# -> EQ; default -> LT };
                        0# -> GT;
                        default -> error#;
                    arith = \\a b -> case /# a b of q -> case %# a b of r -> case negate# q of n -> +# n r;
                    main = \\ -> case arith -9223372036854775808# 7# of v -> case cmp v 0# of r -> r
                    """);

    /** ministg programs by name, in ministg's own style. */
    public static final Map<String, String> MINISTG = Map.of(
            "ministg prelude", """
                    # integers and lists, ministg style
                    zero = CON(I 0);
                    nil = CON(Nil);
                    plusInt = FUN(x y ->
                       case x of {
                          I i -> case y of {
                                   I j -> case plus# i j of {
                                             r -> let { result = CON (I r) } in result }}});
                    eqInt = FUN(x y -> case x of { I i -> case y of { I j -> case eq# i j of { r -> intToBool# r }}});
                    map = FUN(f list ->
                       case list of {
                          Nil -> nil;
                          Cons h t -> let { x = THUNK(f h); rest = THUNK(map f t); res = CON(Cons x rest) } in res
                       });
                    boom = ERROR;
                    inc = PAP(plusInt zero);
                    main = THUNK(stack "main" map inc nil)
                    """);
}
