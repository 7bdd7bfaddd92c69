package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shape rules: primop arity, '=>' with parameters, alternatives, constructor arities, main. */
class FormCheckerTest {

    private static String errors(String... lines) {
        Diagnostics diags = new Diagnostics();
        Program program = Sources.parse(diags, lines);
        FormChecker.check(program, diags);
        ConstructorArityChecker.check(program, diags);
        FormChecker.requireMain(program, Span.point(Sources.FILE, 1, 1), diags);
        return diags.render();
    }

    @Test
    void anUpdatableThunkHasNoParameters() {
        assertThat(errors("main = \\ -> let f = \\ x => x in f")).isEqualTo("""
                t.stg:1:21: error: 'f' has parameters but is marked '=>' (updatable)
                 1 | main = \\ -> let f = \\ x => x in f
                   |                     ^^^^^^^^
                  expected: '->' for a function; only a closure without parameters can be an updatable thunk
                """);
    }

    @Test
    void theDefaultAlternativeComesLast() {
        assertThat(errors("main = \\ -> case 1# of { default -> 1#; 2# -> 3# }")).isEqualTo("""
                t.stg:1:41: error: an alternative after the default alternative
                 1 | main = \\ -> case 1# of { default -> 1#; 2# -> 3# }
                   |                                         ^^^^^^^^
                  expected: at most one default alternative, and only as the last one
                """);
    }

    @Test
    void aVariableAlternativeIsADefaultToo() {
        assertThat(errors("main = \\ -> case 1# of { x -> 1#; default -> 3# }")).isEqualTo("""
                t.stg:1:35: error: more than one default alternative
                 1 | main = \\ -> case 1# of { x -> 1#; default -> 3# }
                   |                                   ^^^^^^^^^^^^^
                  expected: at most one default alternative, and only as the last one
                """);
    }

    @Test
    void constructorAndLiteralAlternativesDoNotMix() {
        assertThat(errors("main = \\ -> case 1# of { 1# -> 1#; Nil -> 3# }")).isEqualTo("""
                t.stg:1:36: error: constructor and literal alternatives mixed in one case
                 1 | main = \\ -> case 1# of { 1# -> 1#; Nil -> 3# }
                   |                                    ^^^^^^^^^
                  expected: only literal alternatives, like the one at t.stg:1:26
                """);
    }

    @Test
    void aConstructorHasOneArityProgramWideNamingBothPlaces() {
        assertThat(errors("main = \\ -> let n = \\ -> Nil in let c = \\(n) -> Cons 1# n in case c of { Cons x -> x }"))
                .isEqualTo("""
                        t.stg:1:74: error: constructor 'Cons' has 1 field here but 2 fields at t.stg:1:49
                         1 | main = \\ -> let n = \\ -> Nil in let c = \\(n) -> Cons 1# n in case c of { Cons x -> x }
                           |                                                                          ^^^^^^^^^^^
                          expected: one arity for 'Cons' program-wide
                        """);
    }

    @Test
    void aDeclaredConstructorHasItsDeclaredArity() {
        assertThat(errors("data T = A | B Int#;\nmain = \\ -> case A of { B -> A; A -> B 1# }")).isEqualTo("""
                t.stg:2:25: error: constructor 'B' has 0 fields here but is declared with 1 field at t.stg:1:14
                 2 | main = \\ -> case A of { B -> A; A -> B 1# }
                   |                         ^^^^^^
                  expected: one arity for 'B' program-wide
                """);
    }

    @Test
    void aConstructorIsDeclaredOnce() {
        assertThat(errors("data T = A | B;\ndata U = C * | A;\nmain = \\ -> A")).isEqualTo("""
                t.stg:2:16: error: constructor 'A' is declared twice (first at t.stg:1:10)
                 2 | data U = C * | A;
                   |                ^
                  expected: each constructor in one data declaration only
                """);
    }

    @Test
    void aProgramNeedsMain() {
        assertThat(errors("f = \\ -> Nil")).isEqualTo("""
                t.stg:1:1: error: the program has no 'main' global
                 1 | f = \\ -> Nil
                   | ^
                  expected: a global binding 'main = \\ -> ...'
                """);
    }

    @Test
    void primopArityIsCheckedOnTreesBuiltByPasses() {
        // The parser rejects this already; a pass building trees by hand gets the same rule.
        Span where = Span.point("gen", 1, 1);
        Expr negateTwo = new Expr.PrimApp(PrimOp.NEGATE, List.of(new Lit(1, where), new Lit(2, where)), where);
        Program program = new Program(List.of(new Binding(new Binder("main", where),
                new LambdaForm(List.of(), false, List.of(), negateTwo, where))));
        Diagnostics diags = new Diagnostics();
        FormChecker.check(program, diags);
        assertThat(diags.render()).isEqualTo("""
                gen:1:1: error: primop 'negate#' takes 1 operand, given 2
                  expected: 1 atom(s) after 'negate#'
                """);
    }
}
