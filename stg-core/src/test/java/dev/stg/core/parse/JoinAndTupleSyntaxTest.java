package dev.stg.core.parse;

import dev.stg.core.print.Printer;
import dev.stg.core.syntax.Expr;
import org.junit.jupiter.api.Test;

import static dev.stg.core.gen.Ast.bind;
import static dev.stg.core.gen.Ast.caseOf;
import static dev.stg.core.gen.Ast.con;
import static dev.stg.core.gen.Ast.conAlt;
import static dev.stg.core.gen.Ast.free;
import static dev.stg.core.gen.Ast.fun;
import static dev.stg.core.gen.Ast.join;
import static dev.stg.core.gen.Ast.joinrec;
import static dev.stg.core.gen.Ast.app;
import static dev.stg.core.gen.Ast.lit;
import static dev.stg.core.gen.Ast.params;
import static dev.stg.core.gen.Ast.plain;
import static dev.stg.core.gen.Ast.var;
import static dev.stg.core.parse.Parsing.expression;
import static dev.stg.core.parse.Parsing.nativeErrors;
import static org.assertj.core.api.Assertions.assertThat;

/** The native syntax of join points and unboxed tuples (docs/language.md), parsed and printed back. */
class JoinAndTupleSyntaxTest {

    @Test
    void aJoinBindsJoinPointsWithExplicitFreeVariables() {
        assertThat(expression("join j = \\(a) x -> f a x in j 1#")).isEqualTo(join(app("j", lit(1)),
                bind("j", fun(free(plain("a")), params("x"), app("f", var("a"), var("x"))))));
    }

    @Test
    void aJoinrecGroupIsRecursive() {
        Expr parsed = expression("joinrec ev = \\(od) n -> od n; od = \\(ev) n -> ev n in ev 3#");
        assertThat(parsed).isEqualTo(joinrec(app("ev", lit(3)),
                bind("ev", fun(free(plain("od")), params("n"), app("od", var("n")))),
                bind("od", fun(free(plain("ev")), params("n"), app("ev", var("n"))))));
    }

    @Test
    void joinAndJoinrecAreReserved() {
        assertThat(nativeErrors("join = \\ -> A")).contains("test.stg:1:1: error: unexpected 'join'");
    }

    @Test
    void aJoinPointIsNeverUpdatable() {
        assertThat(nativeErrors("main = \\ -> join j = \\ => A in j")).isEqualTo("""
                test.stg:1:24: error: join point 'j' is marked '=>' (updatable)
                 1 | main = \\ -> join j = \\ => A in j
                   |                        ^^
                  expected: '->': a join point is jumped to, never evaluated and updated
                """);
    }

    @Test
    void unboxedTupleConstructorsAreLexedWithoutQuotes() {
        assertThat(expression("case f x of { (#,#) a b -> (#,,#) a b a }")).isEqualTo(caseOf(app("f", var("x")),
                conAlt("(#,#)", params("a", "b"), con("(#,,#)", var("a"), var("b"), var("a")))));
        assertThat(expression("Solo# x")).isEqualTo(con("Solo#", var("x")));
        assertThat(expression("(##)")).isEqualTo(con("(##)"));
    }

    @Test
    void joinsPrintBackAsTheyAreWrittenAndBreakLikeLets() {
        String source = "joinrec go = \\(go k) i -> case i of { 0# -> k; default -> go i } in go 1#";
        assertThat(Printer.print(expression(source))).isEqualTo(source);
        String longName = "aRatherLongFunctionNameThatForcesTheLineToBreak";
        Expr big = expression("join j = \\(a) x -> " + longName + " a x x; k = \\ -> (#,#) a a in j 1#");
        assertThat(Printer.print(big)).isEqualTo("""
                join j = \\(a) x -> aRatherLongFunctionNameThatForcesTheLineToBreak a x x;
                     k = \\ -> (#,#) a a
                in j 1#""");
    }
}
