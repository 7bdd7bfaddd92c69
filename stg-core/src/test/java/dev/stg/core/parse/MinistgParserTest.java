package dev.stg.core.parse;

import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.PrimOp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.stg.core.gen.Ast.*;
import static dev.stg.core.parse.Parsing.ministgErrors;
import static dev.stg.core.parse.Parsing.parseMinistg;
import static org.assertj.core.api.Assertions.assertThat;

/** bjpop/ministg's dialect, one production at a time, and the native tree each one becomes. */
class MinistgParserTest {

    @Nested
    class Objects {

        @Test
        void funIsAFunction() {
            assertThat(object("FUN(x y -> f y x)")).isEqualTo(fun(free(), params("x", "y"), app("f", var("y"), var("x"))));
        }

        @Test
        void thunkIsAnUpdatableClosure() {
            assertThat(object("THUNK(f x)")).isEqualTo(thunk(free(), app("f", var("x"))));
        }

        @Test
        void conIsANonUpdatableConstructorApplication() {
            assertThat(object("CON(Cons x 1)")).isEqualTo(fun(free(), params(), con("Cons", var("x"), lit(1))));
            assertThat(object("CON (Nil)")).isEqualTo(fun(free(), params(), con("Nil")));
        }

        @Test
        void papIsANonUpdatableApplication() {
            assertThat(object("PAP(f x 2)")).isEqualTo(fun(free(), params(), app("f", var("x"), lit(2))));
        }

        @Test
        void errorIsAClosureThatRaisesTheErrorPrimitive() {
            assertThat(object("ERROR")).isEqualTo(fun(free(), params(), prim(PrimOp.ERROR)));
        }
    }

    @Nested
    class Programs {

        @Test
        void declarationsAreSeparatedBySemicolonsWithAnOptionalLastOne() {
            assertThat(parseMinistg("a = CON(A); b = CON(B);")).isEqualTo(program(
                    bind("a", fun(free(), params(), con("A"))), bind("b", fun(free(), params(), con("B")))));
        }

        @Test
        void hashStartsACommentToTheEndOfTheLineEvenTheLast() {
            assertThat(parseMinistg("# header\na = CON(A); # the A\n# last")).isEqualTo(parseMinistg("a = CON(A)"));
        }

        @Test
        void aHashAfterANameThatIsNoPrimitiveStartsAComment() {
            assertThat(parseMinistg("a = THUNK(f# x\n)")).isEqualTo(parseMinistg("a = THUNK(f)"));
        }

        @Test
        void aPreludeInMinistgStyleParses() {
            assertThat(parseMinistg("""
                    # lists and integers, ministg style
                    zero = CON(I 0);
                    nil = CON(Nil);
                    plusInt = FUN(x y ->
                       case x of {
                          I i -> case y of {
                                   I j -> case plus# i j of {
                                             r -> let { result = CON (I r) } in result }}});
                    map = FUN(f list ->
                       case list of {
                          Nil -> nil;
                          Cons h t -> let { x = THUNK(f h); rest = THUNK(map f t); res = CON(Cons x rest) } in res
                       });
                    boom = ERROR;
                    inc = PAP(plusInt one);
                    main = THUNK(stack "main" map inc nil)
                    """).bindings()).hasSize(7);
        }
    }

    @Nested
    class Expressions {

        @Test
        void aVariableAppliesToAtomsAndLiteralsAreBareNaturals() {
            assertThat(body("f x 42")).isEqualTo(app("f", var("x"), lit(42)));
            assertThat(body("7")).isEqualTo(lit(7));
        }

        @Test
        void aLetGroupBecomesNestedNonRecursiveLetsSoLaterBindingsSeeEarlierOnes() {
            assertThat(body("let { a = CON(A); b = CON(B a); } in b")).isEqualTo(
                    let(let(app("b"), bind("b", fun(free(), params(), con("B", var("a"))))),
                            bind("a", fun(free(), params(), con("A")))));
        }

        @Test
        void aCaseHasBracedConstructorAndVariableAlternatives() {
            assertThat(body("case xs of { Cons h t -> h; other -> other; }")).isEqualTo(caseOf(app("xs"),
                    conAlt("Cons", params("h", "t"), app("h")), varAlt("other", app("other"))));
        }

        @ParameterizedTest
        @CsvSource({"plus#, ADD", "sub#, SUB", "mult#, MUL", "eq#, EQ", "lt#, LT", "lte#, LE", "gt#, GT", "gte#, GE"})
        void binaryPrimitivesMapToNativeOnes(String name, PrimOp op) {
            assertThat(body(name + " a 1")).isEqualTo(prim(op, var("a"), lit(1)));
        }

        @Test
        void intToBoolIsACaseGivingTrueExactlyForOne() {
            assertThat(body("intToBool# r")).isEqualTo(
                    caseOf(app("r"), litAlt(1, con("True")), defaultAlt(con("False"))));
        }

        @Test
        void aStackAnnotationIsDropped() {
            assertThat(body("stack \"in f\" f x")).isEqualTo(app("f", var("x")));
        }

        private Expr body(String expression) {
            return object("THUNK(" + expression + ")").body();
        }
    }

    @Nested
    class SyntaxErrors {

        @Test
        void aFunWithoutParameters() {
            assertThat(ministgErrors("f = FUN(-> x)")).isEqualTo("""
                    test.stg:1:9: error: unexpected '->'
                     1 | f = FUN(-> x)
                       |         ^^
                      expected: a parameter: FUN takes at least one
                    """);
        }

        @Test
        void anUnknownObject() {
            assertThat(ministgErrors("f = BLAH")).isEqualTo("""
                    test.stg:1:5: error: unexpected constructor 'BLAH'
                     1 | f = BLAH
                       |     ^^^^
                      expected: a heap object (FUN, THUNK, CON, PAP or ERROR)
                    """);
        }

        @Test
        void aConWithoutConstructor() {
            assertThat(ministgErrors("f = CON(x)")).isEqualTo("""
                    test.stg:1:9: error: unexpected variable 'x'
                     1 | f = CON(x)
                       |         ^
                      expected: a constructor
                    """);
        }

        @Test
        void aPapWithoutArguments() {
            assertThat(ministgErrors("f = PAP(g)")).isEqualTo("""
                    test.stg:1:10: error: unexpected ')'
                     1 | f = PAP(g)
                       |          ^
                      expected: an argument: PAP takes at least one
                    """);
        }

        @Test
        void anUnclosedThunk() {
            assertThat(ministgErrors("f = THUNK(x")).isEqualTo("""
                    test.stg:1:12: error: unexpected end of file
                     1 | f = THUNK(x
                       |            ^
                      expected: ')' closing THUNK(
                    """);
        }

        @Test
        void aLetWithoutBraces() {
            assertThat(ministgErrors("f = THUNK(let x = CON(A) in x)")).isEqualTo("""
                    test.stg:1:15: error: unexpected variable 'x'
                     1 | f = THUNK(let x = CON(A) in x)
                       |               ^
                      expected: '{' after let
                    """);
        }

        @Test
        void aCaseWithoutBraces() {
            assertThat(ministgErrors("f = THUNK(case x of A -> x)")).isEqualTo("""
                    test.stg:1:21: error: unexpected constructor 'A'
                     1 | f = THUNK(case x of A -> x)
                       |                     ^
                      expected: '{' opening the alternatives
                    """);
        }

        @Test
        void aConstructorApplicationOutsideCon() {
            assertThat(ministgErrors("f = THUNK(A)")).isEqualTo("""
                    test.stg:1:11: error: unexpected constructor 'A'
                     1 | f = THUNK(A)
                       |           ^
                      expected: an expression (a variable, literal, primitive operation, let, case or stack)
                    """);
        }

        @Test
        void aPrimitiveWithTooFewOperands() {
            assertThat(ministgErrors("f = THUNK(plus# x)")).isEqualTo("""
                    test.stg:1:11: error: primitive operation 'plus#' takes 2 arguments, not 1
                     1 | f = THUNK(plus# x)
                       |           ^^^^^
                      expected: 'plus#' followed by 2 arguments (variables or literals)
                    """);
        }

        @Test
        void aStackAnnotationWithoutString() {
            assertThat(ministgErrors("f = THUNK(stack x)")).isEqualTo("""
                    test.stg:1:17: error: unexpected variable 'x'
                     1 | f = THUNK(stack x)
                       |                 ^
                      expected: a quoted string after 'stack'
                    """);
        }

        @Test
        void anUnterminatedString() {
            assertThat(ministgErrors("f = THUNK(stack \"abc x)")).startsWith("""
                    test.stg:1:17: error: unterminated string
                     1 | f = THUNK(stack "abc x)
                       |                 ^
                      expected: '"' closing the string opened here
                    """);
        }

        @Test
        void aLiteralOutOfRange() {
            assertThat(ministgErrors("f = THUNK(99999999999999999999)")).isEqualTo("""
                    test.stg:1:11: error: literal 99999999999999999999 is out of range
                     1 | f = THUNK(99999999999999999999)
                       |           ^^^^^^^^^^^^^^^^^^^^
                      expected: a 64-bit integer, at most 9223372036854775807
                    """);
        }

        @Test
        void aStrayCharacter() {
            assertThat(ministgErrors("f = THUNK(x @)")).isEqualTo("""
                    test.stg:1:13: error: unexpected character '@'
                     1 | f = THUNK(x @)
                       |             ^
                      expected: a name, a natural number, a string, or one of = ; -> ( ) { }
                    """);
        }

        @Test
        void anAlternativeThatIsNeitherPatternNorVariable() {
            assertThat(ministgErrors("f = THUNK(case x of { 1 -> x })")).isEqualTo("""
                    test.stg:1:23: error: unexpected literal '1'
                     1 | f = THUNK(case x of { 1 -> x })
                       |                       ^
                      expected: an alternative ('Con vars ->' or 'var ->')
                    """);
        }
    }

    private static LambdaForm object(String text) {
        return parseMinistg("f = " + text).bindings().get(0).lambda();
    }
}
