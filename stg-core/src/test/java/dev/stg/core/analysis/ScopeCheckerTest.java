package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoping, duplicate binders and exact free-variable lists: one test per diagnostic, as rendered. */
class ScopeCheckerTest {

    static String errors(String... lines) {
        Diagnostics diags = new Diagnostics();
        ScopeChecker.check(Sources.parse(diags, lines), diags);
        return diags.render();
    }

    @Test
    void aCorrectProgramHasNoErrors() {
        assertThat(errors(
                "id = \\ x -> x;",
                "main = \\ -> let x = \\ -> Nil in",
                "             letrec f = \\(x f) y -> case y of { Cons h t -> f t; default -> x } in",
                "             id f x")).isEmpty();
    }

    @Test
    void unboundVariablesAreReportedAtEveryUse() {
        assertThat(errors("main = \\ -> f x")).isEqualTo("""
                t.stg:1:13: error: unbound variable 'f'
                 1 | main = \\ -> f x
                   |             ^
                  expected: a parameter, a free variable, a let or case binder in scope, or a global
                t.stg:1:15: error: unbound variable 'x'
                 1 | main = \\ -> f x
                   |               ^
                  expected: a parameter, a free variable, a let or case binder in scope, or a global
                """);
    }

    @Test
    void aMissingFreeVariableNamesTheVariableTheClosureAndTheFix() {
        assertThat(errors(
                "main = \\ -> let x = \\ -> Nil;",
                "                 y = \\ -> Nil in",
                "             let f = \\(x) z -> Cons x y in f x"))
                .isEqualTo("""
                        t.stg:3:39: error: closure 'f' uses 'y' but its free-variable list does not include it
                         3 |              let f = \\(x) z -> Cons x y in f x
                           |                                       ^
                          expected: add 'y' to the free-variable list of 'f': \\(x y)
                        """);
    }

    @Test
    void aVariableUsedOnlyByANestedClosureIsUsed() {
        assertThat(errors(
                "main = \\ -> let x = \\ -> Nil in",
                "             let f = \\ -> let g = \\(x) -> x in g in f"))
                .isEqualTo("""
                        t.stg:2:37: error: closure 'f' uses 'x' but its free-variable list does not include it
                         2 |              let f = \\ -> let g = \\(x) -> x in g in f
                           |                                     ^
                          expected: add 'x' to the free-variable list of 'f': \\(x)
                        """);
    }

    @Test
    void anUnusedFreeVariableIsAnError() {
        assertThat(errors("main = \\ -> let x = \\ -> Nil in let f = \\(x) y -> y in f x")).isEqualTo("""
                t.stg:1:43: error: closure 'f' lists 'x' as a free variable but does not use it
                 1 | main = \\ -> let x = \\ -> Nil in let f = \\(x) y -> y in f x
                   |                                           ^
                  expected: remove 'x' from the free-variable list of 'f': \\()
                """);
    }

    @Test
    void aGlobalIsNeverAFreeVariable() {
        assertThat(errors("g = \\ -> Nil;", "main = \\(g) -> g")).isEqualTo("""
                t.stg:2:10: error: free-variable list of 'main' names the global 'g'
                 2 | main = \\(g) -> g
                   |          ^
                  expected: remove 'g' from the free-variable list of 'main' (globals are never free variables): \\()
                """);
    }

    @Test
    void aListedNameMustBeInScope() {
        assertThat(errors("main = \\ -> let f = \\(z) -> z in f")).isEqualTo("""
                t.stg:1:23: error: free-variable list of 'f' names 'z', which is not in scope
                 1 | main = \\ -> let f = \\(z) -> z in f
                   |                       ^
                  expected: remove 'z' from the free-variable list of 'f': \\()
                """);
    }

    @Test
    void aLetRightHandSideDoesNotSeeItsSiblings() {
        assertThat(errors("main = \\ -> let a = \\ -> Nil; b = \\(a) -> a in b")).isEqualTo("""
                t.stg:1:37: error: free-variable list of 'b' names 'a', which is not in scope
                 1 | main = \\ -> let a = \\ -> Nil; b = \\(a) -> a in b
                   |                                     ^
                  expected: remove 'a' from the free-variable list of 'b': \\()
                """);
    }

    @Test
    void duplicateGlobals() {
        assertThat(errors("main = \\ -> Nil;", "main = \\ -> Nil")).isEqualTo("""
                t.stg:2:1: error: duplicate global 'main'
                 2 | main = \\ -> Nil
                   | ^^^^
                  expected: one definition of 'main'; it is already defined at t.stg:1:1
                """);
    }

    @Test
    void duplicateBindingsInOneLetGroup() {
        assertThat(errors("main = \\ -> letrec a = \\ -> Nil; a = \\ -> Nil in a")).isEqualTo("""
                t.stg:1:34: error: duplicate binding 'a' in one letrec group
                 1 | main = \\ -> letrec a = \\ -> Nil; a = \\ -> Nil in a
                   |                                  ^
                  expected: distinct names; 'a' is already bound at t.stg:1:20
                """);
    }

    @Test
    void duplicateParameters() {
        assertThat(errors("main = \\ -> let f = \\ x x -> x in f")).isEqualTo("""
                t.stg:1:25: error: duplicate parameter 'x'
                 1 | main = \\ -> let f = \\ x x -> x in f
                   |                         ^
                  expected: distinct names; 'x' is already bound at t.stg:1:23
                """);
    }

    @Test
    void duplicatePatternVariables() {
        assertThat(errors("main = \\ -> case Nil of { P x x -> x }")).isEqualTo("""
                t.stg:1:31: error: duplicate pattern variable 'x'
                 1 | main = \\ -> case Nil of { P x x -> x }
                   |                               ^
                  expected: distinct names; 'x' is already bound at t.stg:1:29
                """);
    }

    @Test
    void duplicateFreeVariables() {
        assertThat(errors("main = \\ -> let x = \\ -> Nil in let f = \\(x x) -> x in f")).isEqualTo("""
                t.stg:1:45: error: free variable 'x' is listed twice in the free-variable list of 'f'
                 1 | main = \\ -> let x = \\ -> Nil in let f = \\(x x) -> x in f
                   |                                             ^
                  expected: list each free variable once: \\(x)
                """);
    }

    @Test
    void aLocalShadowingAGlobalMustBeListed() {
        assertThat(errors(
                "x = \\ -> Nil;",
                "main = \\ -> let x = \\ -> One in let f = \\ -> x in f"))
                .startsWith("t.stg:2:46: error: closure 'f' uses 'x' but its free-variable list does not include it");
    }

    @Test
    void reportsEveryErrorNotJustTheFirst() {
        assertThat(errors(
                "main = \\ -> let a = \\ -> Nil in let f = \\(q) -> a in g f;",
                "main = \\ -> Nil"))
                .contains("unbound variable 'g'", "names 'q', which is not in scope", "uses 'a'",
                        "duplicate global 'main'");
    }
}
