package dev.stg.core.parse;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.DataDecl;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Rep;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.stg.core.gen.Ast.*;
import static dev.stg.core.parse.Parsing.expression;
import static dev.stg.core.parse.Parsing.parseNative;
import static org.assertj.core.api.Assertions.assertThat;

/** The native grammar of docs/language.md, one production at a time. */
class NativeParserTest {

    private static final Expr X = app("x");

    @Nested
    class Programs {

        @Test
        void aProgramIsBindingsSeparatedBySemicolons() {
            assertThat(parseNative("a = \\ -> A; b = \\ -> B")).isEqualTo(program(
                    bind("a", fun(free(), params(), con("A"))),
                    bind("b", fun(free(), params(), con("B")))));
        }

        @Test
        void aFinalSemicolonIsAllowed() {
            assertThat(parseNative("a = \\ -> A;").bindings()).hasSize(1);
        }

        @Test
        void anEmptyFileHasNoBindings() {
            assertThat(parseNative("  -- nothing here\n").bindings()).isEmpty();
        }
    }

    @Nested
    class DataDeclarations {

        @Test
        void aDeclarationListsConstructorsWithTheirFieldsAmongBindings() {
            Program p = parseNative("a = \\ -> A; data T = A | B * Int# | C Word# Char# Double# Float# Addr#; b = \\ -> B");
            assertThat(p.bindings()).extracting(Binding::name).containsExactly("a", "b");
            assertThat(p.dataDecls()).containsExactly(new DataDecl("T", List.of(
                    new DataDecl.Constructor("A", List.of(), Span.NONE),
                    new DataDecl.Constructor("B", List.of(Rep.POINTER, Rep.INT), Span.NONE),
                    new DataDecl.Constructor("C", List.of(Rep.WORD, Rep.CHAR, Rep.DOUBLE, Rep.FLOAT, Rep.ADDR), Span.NONE)),
                    Span.NONE));
        }

        @Test
        void namesMayBeQualifiedOrSpecial() {
            Program p = parseNative("data GHC.Types.List = [] | : * *; data GHC.Tuple.Unit = (); data P = (,) * *;"
                    + " data `M.:+` = `M.:+` * *");
            assertThat(p.dataDecls()).extracting(DataDecl::name)
                    .containsExactly("GHC.Types.List", "GHC.Tuple.Unit", "P", "M.:+");
            assertThat(p.dataDecls()).flatExtracting(DataDecl::constructors).extracting(DataDecl.Constructor::name)
                    .containsExactly("[]", ":", "()", "(,)", "M.:+");
        }

        @Test
        void theBuiltInsLibraryParses() {
            for (var file : dev.stg.core.ghc.GhcLink.builtinsSources()) {
                Diagnostics diags = new Diagnostics();
                Program p = Parsers.parse(file, Dialect.NATIVE, diags);
                assertThat(diags.render()).as(file.name()).isEmpty();
                assertThat(p.dataDecls()).as(file.name()).isNotEmpty();
            }
        }
    }

    @Nested
    class LambdaForms {

        @Test
        void aFunctionHasParametersAndAThinArrow() {
            assertThat(lambda("\\x y -> f y x")).isEqualTo(fun(free(), params("x", "y"), app("f", var("y"), var("x"))));
        }

        @Test
        void aFatArrowMarksAnUpdatableThunk() {
            assertThat(lambda("\\ => x")).isEqualTo(thunk(free(), X));
        }

        @Test
        void aThinArrowWithoutParametersIsANonUpdatableClosure() {
            assertThat(lambda("\\ -> Cons x xs")).isEqualTo(fun(free(), params(), con("Cons", var("x"), var("xs"))));
        }

        @Test
        void freeVariablesComeInParenthesesBeforeTheParameters() {
            assertThat(lambda("\\(x y) a b -> f x y a b")).isEqualTo(fun(free(plain("x"), plain("y")),
                    params("a", "b"), app("f", var("x"), var("y"), var("a"), var("b"))));
        }

        @Test
        void emptyParenthesesAreAnEmptyFreeVariableList() {
            assertThat(lambda("\\() -> A")).isEqualTo(lambda("\\ -> A"));
        }

        @Test
        void aNestedEntryReachesVariablesThroughAParentClosure() {
            assertThat(lambda("\\(p{a b c} d) => f a b c d").freeVars())
                    .isEqualTo(free(parent("p", plain("a"), plain("b"), plain("c")), plain("d")));
        }

        @Test
        void nestedEntriesChain() {
            assertThat(lambda("\\(f3{f2{i0 i1} i2}) -> A").freeVars())
                    .isEqualTo(free(parent("f3", parent("f2", plain("i0"), plain("i1")), plain("i2"))));
        }

        @Test
        void theBodyMayBeALiteralOrAPrimitiveOperation() {
            assertThat(lambda("\\ -> 42#").body()).isEqualTo(lit(42));
            assertThat(lambda("\\x -> negate# x").body()).isEqualTo(prim(PrimOp.NEGATE, var("x")));
        }

        private LambdaForm lambda(String text) {
            return parseNative("f = " + text).bindings().get(0).lambda();
        }
    }

    @Nested
    class Lets {

        @Test
        void letBindsAGroupNonRecursively() {
            assertThat(expression("let a = \\ -> A; b = \\(a) => f a in b")).isEqualTo(let(app("b"),
                    bind("a", fun(free(), params(), con("A"))),
                    bind("b", thunk(free(plain("a")), app("f", var("a"))))));
        }

        @Test
        void letrecBindsAGroupRecursively() {
            assertThat(expression("letrec xs = \\(x xs) -> Cons x xs in xs")).isEqualTo(letrec(app("xs"),
                    bind("xs", fun(free(plain("x"), plain("xs")), params(), con("Cons", var("x"), var("xs"))))));
        }

        @Test
        void aSemicolonMayPrecedeIn() {
            assertThat(expression("let a = \\ -> A; in a")).isEqualTo(expression("let a = \\ -> A in a"));
        }

        @Test
        void letsNestInBodiesAndRightHandSides() {
            assertThat(expression("let a = \\ => let b = \\ -> B in b in let c = \\ -> C in c")).isEqualTo(
                    let(let(app("c"), bind("c", fun(free(), params(), con("C")))),
                            bind("a", thunk(free(), let(app("b"), bind("b", fun(free(), params(), con("B"))))))));
        }
    }

    @Nested
    class Cases {

        @Test
        void alternativesMayBeBraced() {
            assertThat(expression("case x of { A -> a; default -> d }"))
                    .isEqualTo(caseOf(X, conAlt("A", params(), app("a")), defaultAlt(app("d"))));
        }

        @Test
        void aBracedListMayEndWithASemicolon() {
            assertThat(expression("case x of { A -> a; }")).isEqualTo(caseOf(X, conAlt("A", params(), app("a"))));
        }

        @Test
        void alternativesMayBeUnbracedAsInStgi() {
            assertThat(expression("case x of A -> a; B -> b; y -> y"))
                    .isEqualTo(caseOf(X, conAlt("A", params(), app("a")), conAlt("B", params(), app("b")),
                            varAlt("y", app("y"))));
        }

        @Test
        void aSemicolonNotFollowedByAnAlternativeEndsTheCase() {
            assertThat(parseNative("f = \\ -> case x of A -> a; g = \\ -> B").bindings())
                    .extracting(Binding::name).containsExactly("f", "g");
            assertThat(expression("let a = \\ -> case x of A -> a; b = \\ -> B in b")).isEqualTo(let(app("b"),
                    bind("a", fun(free(), params(), caseOf(X, conAlt("A", params(), app("a"))))),
                    bind("b", fun(free(), params(), con("B")))));
        }

        @Test
        void aVariableFollowedByAnArrowStartsAnAlternative() {
            assertThat(expression("case x of A -> a; v -> v"))
                    .isEqualTo(caseOf(X, conAlt("A", params(), app("a")), varAlt("v", app("v"))));
        }

        @Test
        void aNestedCaseTakesTheAlternativesThatFollowIt() {
            assertThat(expression("case x of A -> case y of B -> b; C -> c")).isEqualTo(caseOf(X,
                    conAlt("A", params(), caseOf(app("y"), conAlt("B", params(), app("b")),
                            conAlt("C", params(), app("c"))))));
        }

        @Test
        void aDefaultEndsAnUnbracedCaseSoStgiNestingWorks() {
            assertThat(expression("case x of A -> case y of B -> b; v -> v; C -> c; w -> w")).isEqualTo(caseOf(X,
                    conAlt("A", params(), caseOf(app("y"), conAlt("B", params(), app("b")), varAlt("v", app("v")))),
                    conAlt("C", params(), app("c")),
                    varAlt("w", app("w"))));
        }

        @Test
        void bracesEndANestedCaseEarly() {
            assertThat(expression("case x of A -> case y of { B -> b }; C -> c")).isEqualTo(caseOf(X,
                    conAlt("A", params(), caseOf(app("y"), conAlt("B", params(), app("b")))),
                    conAlt("C", params(), app("c"))));
        }

        @Test
        void parenthesesEndANestedCaseEarly() {
            assertThat(expression("case x of A -> (case y of B -> b); C -> c"))
                    .isEqualTo(expression("case x of A -> case y of { B -> b }; C -> c"));
        }

        @Test
        void theScrutineeMayBeAnyExpression() {
            assertThat(expression("case +# a 1# of v -> v"))
                    .isEqualTo(caseOf(prim(PrimOp.ADD, var("a"), lit(1)), varAlt("v", app("v"))));
            assertThat(expression("case case x of { v -> v } of w -> w"))
                    .isEqualTo(caseOf(caseOf(X, varAlt("v", app("v"))), varAlt("w", app("w"))));
        }
    }

    @Nested
    class Alternatives {

        @Test
        void aConstructorPatternBindsItsFields() {
            assertThat(alt("Cons h t -> h")).isEqualTo(conAlt("Cons", params("h", "t"), app("h")));
        }

        @Test
        void aLiteralPatternMatchesOneInteger() {
            assertThat(alt("-1# -> A")).isEqualTo(litAlt(-1, con("A")));
        }

        @Test
        void aVariablePatternMatchesAnythingAndBindsIt() {
            assertThat(alt("v -> v")).isEqualTo(varAlt("v", app("v")));
        }

        @Test
        void theDefaultPatternMatchesAnything() {
            assertThat(alt("default -> A")).isEqualTo(defaultAlt(con("A")));
        }

        private Object alt(String text) {
            return ((Expr.Case) expression("case x of { " + text + " }")).alts().get(0);
        }
    }

    @Nested
    class Applications {

        @Test
        void aVariableAloneIsAnApplicationToNothing() {
            assertThat(expression("f")).isEqualTo(app("f"));
        }

        @Test
        void aVariableAppliesToAtoms() {
            assertThat(expression("f x 1# -2#")).isEqualTo(app("f", var("x"), lit(1), lit(-2)));
        }

        @Test
        void aConstructorAppliesToAtomsAndMayEndInAHash() {
            assertThat(expression("Int# 5#")).isEqualTo(con("Int#", lit(5)));
            assertThat(expression("Pair' a_1 b'")).isEqualTo(con("Pair'", var("a_1"), var("b'")));
        }

        @ParameterizedTest
        @EnumSource(PrimOp.class)
        void everyPrimitiveIsWrittenByItsSymbolAndForeignCallsAfterCcall(PrimOp op) {
            List<Atom> operands = List.<Atom>of(var("a"), lit(2)).subList(0, op.arity());
            String text = (op.isForeignCall() ? "ccall " : "") + op.symbol() + (op.arity() > 0 ? " a" : "")
                    + (op.arity() > 1 ? " 2#" : "");
            assertThat(expression(text)).isEqualTo(prim(op, operands.toArray(new Atom[0])));
        }

        @Test
        void literalsOfEveryRepAreSpelledAsGhcSpellsThem() {
            assertThat(expression("5##")).isEqualTo(Lit.word(5, Span.NONE));
            assertThat(expression("18446744073709551615##")).isEqualTo(Lit.word(-1, Span.NONE));
            assertThat(expression("'a'#")).isEqualTo(Lit.character('a', Span.NONE));
            assertThat(expression("'\\n'#")).isEqualTo(Lit.character('\n', Span.NONE));
            assertThat(expression("'\\955'#")).isEqualTo(Lit.character(955, Span.NONE));
            assertThat(expression("'\\x3BB'#")).isEqualTo(Lit.character(955, Span.NONE));
            assertThat(expression("'\\SOH'#")).isEqualTo(Lit.character(1, Span.NONE));
            assertThat(expression("'\\^A'#")).isEqualTo(Lit.character(1, Span.NONE));
            assertThat(expression("-7.5e-3##")).isEqualTo(Lit.doubleLit(-7.5e-3, Span.NONE));
            assertThat(expression("2.5#")).isEqualTo(Lit.floatLit(2.5f, Span.NONE));
            assertThat(expression("1e3#")).isEqualTo(Lit.floatLit(1000f, Span.NONE));
            assertThat(expression("\"hi\\n\\200\\&1\"#")).isEqualTo(Lit.addr("hi\n\u00c81", Span.NONE));
        }

        @Test
        void namesAsGhcSpellsThem() {
            assertThat(expression("$wgo sat_s34R x'")).isEqualTo(app("$wgo", var("sat_s34R"), var("x'")));
            assertThat(expression("GHC.Types.isTrue# a")).isEqualTo(app("GHC.Types.isTrue#", var("a")));
            assertThat(expression("GHC.Types.I# 5#")).isEqualTo(con("GHC.Types.I#", lit(5)));
            assertThat(expression("`StateMonad.>>=` m k")).isEqualTo(app("StateMonad.>>=", var("m"), var("k")));
            assertThat(expression("`GHC.Types.:` x xs")).isEqualTo(con("GHC.Types.:", var("x"), var("xs")));
            assertThat(expression(": x xs")).isEqualTo(con(":", var("x"), var("xs")));
            assertThat(expression("(,,) a b c")).isEqualTo(con("(,,)", var("a"), var("b"), var("c")));
            assertThat(expression("()")).isEqualTo(con("()"));
            assertThat(expression("(#,#) a b")).isEqualTo(con("(#,#)", var("a"), var("b")));
        }

        @Test
        void negateTakesOneOperandAndErrorNone() {
            assertThat(expression("negate# a")).isEqualTo(prim(PrimOp.NEGATE, var("a")));
            assertThat(expression("error#")).isEqualTo(prim(PrimOp.ERROR));
        }

        @Test
        void parenthesesGroupAnExpression() {
            assertThat(expression("((f x))")).isEqualTo(app("f", var("x")));
        }
    }

    @Nested
    class Literals {

        @Test
        void literalsAre64BitWithOptionalMinus() {
            assertThat(expression("9223372036854775807#")).isEqualTo(lit(Long.MAX_VALUE));
            assertThat(expression("-9223372036854775808#")).isEqualTo(lit(Long.MIN_VALUE));
            assertThat(expression("0#")).isEqualTo(lit(0));
        }
    }

    @Nested
    class LexicalSyntax {

        @Test
        void lineAndBlockCommentsAreSkipped() {
            assertThat(parseNative("-- a\nf {- b -} = {- c\n d -} \\ -> A -- e\n")).isEqualTo(parseNative("f = \\ -> A"));
        }

        @Test
        void blockCommentsDoNotNest() {
            assertThat(parseNative("{- {- -} f = \\ -> A")).isEqualTo(parseNative("f = \\ -> A"));
        }

        @Test
        void aFinalLineCommentNeedsNoNewline() {
            assertThat(parseNative("f = \\ -> A -- end")).isEqualTo(parseNative("f = \\ -> A"));
        }

        @Test
        void namesMayUseUnderscoresPrimesAndDigits() {
            assertThat(expression("_f' x1 x_y'")).isEqualTo(app("_f'", var("x1"), var("x_y'")));
        }

        @Test
        void reservedWordsOnlyMatchWholeNames() {
            assertThat(expression("letter inner cases off defaults"))
                    .isEqualTo(app("letter", var("inner"), var("cases"), var("off"), var("defaults")));
        }
    }

    @Nested
    class Spans {

        @Test
        void everyNodeKnowsWhereItIs() {
            Diagnostics diags = new Diagnostics();
            List<Binding> bindings = NativeParser.parse(new SourceFile("s.stg", "f = \\(p{a}) x ->\n  case g x 1# of\n    v -> v"), diags).bindings();
            Binding f = bindings.get(0);
            LambdaForm lambda = f.lambda();
            Expr.Case body = (Expr.Case) lambda.body();
            Expr.App scrutinee = (Expr.App) body.scrutinee();

            assertThat(f.binder().span()).isEqualTo(new Span("s.stg", 1, 1, 1, 2));
            assertThat(lambda.freeVars().get(0).span()).isEqualTo(new Span("s.stg", 1, 7, 1, 11));
            assertThat(lambda.params().get(0).span()).isEqualTo(new Span("s.stg", 1, 13, 1, 14));
            assertThat(lambda.span()).isEqualTo(new Span("s.stg", 1, 5, 3, 11));
            assertThat(scrutinee.span()).isEqualTo(new Span("s.stg", 2, 8, 2, 14));
            assertThat(scrutinee.args().get(1).span()).isEqualTo(new Span("s.stg", 2, 12, 2, 14));
            assertThat(body.alts().get(0).span()).isEqualTo(new Span("s.stg", 3, 5, 3, 11));
            assertThat(f.span()).isEqualTo(new Span("s.stg", 1, 1, 3, 11));
        }
    }
}
