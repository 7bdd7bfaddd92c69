package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Program;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A join point is only ever jumped to, saturated, in tail position: every other use is an error. */
class JoinPointCheckerTest {

    private static String check(String... lines) {
        Diagnostics diags = new Diagnostics();
        Program program = Sources.parse(diags, lines);
        ScopeChecker.check(program, diags);
        JoinPointChecker.check(program, diags);
        return diags.render();
    }

    @Test
    void jumpsInTailPositionFromAlternativesAndJoinBodiesAreFine() {
        assertThat(check(
                "f = \\n -> joinrec go = \\(go k) i -> case i of { 0# -> k; default -> case -# i 1# of { j -> go j } };",
                "                  k = \\ -> 7#",
                "          in case n of { 1# -> go 3#; default -> k };",
                "main = \\ -> join j = \\ x -> x in case f 2# of { r -> j r }")).isEmpty();
    }

    @Test
    void passingAJoinPointAsAnArgumentIsAnError() {
        assertThat(check("main = \\ -> join j = \\ x -> x in let f = \\ g -> g 1# in f j")).isEqualTo("""
                t.stg:1:59: error: join point 'j' is passed as an argument
                 1 | main = \\ -> join j = \\ x -> x in let f = \\ g -> g 1# in f j
                   |                                                           ^
                  expected: a jump 'j ...' in tail position: a join point is not a value
                """);
    }

    @Test
    void capturingAJoinPointInAClosureIsAnError() {
        assertThat(check("main = \\ -> join j = \\ x -> x in let f = \\(j) -> j 1# in f")).isEqualTo("""
                t.stg:1:44: error: join point 'j' is captured in the free-variable list of closure 'f'
                 1 | main = \\ -> join j = \\ x -> x in let f = \\(j) -> j 1# in f
                   |                                            ^
                  expected: no join point in a closure's list: a join point has no heap object, only the body that binds it can jump to it
                """);
    }

    @Test
    void aJumpWithTheWrongNumberOfArgumentsIsAnError() {
        assertThat(check("main = \\ -> join j = \\ x y -> +# x y in j 1#")).isEqualTo("""
                t.stg:1:41: error: join point 'j' takes 2 arguments but is jumped to with 1
                 1 | main = \\ -> join j = \\ x y -> +# x y in j 1#
                   |                                         ^^^^
                  expected: a saturated jump 'j' with 2 arguments
                """);
    }

    @Test
    void aJumpFromACaseScrutineeIsAnError() {
        assertThat(check("main = \\ -> join j = \\ x -> x in case j 1# of { r -> r }")).isEqualTo("""
                t.stg:1:39: error: join point 'j' is jumped to from a non-tail position (the scrutinee of the case at t.stg:1:34)
                 1 | main = \\ -> join j = \\ x -> x in case j 1# of { r -> r }
                   |                                       ^^^^
                  expected: a jump in tail position: a join point returns to nothing, so nothing can wait for its result
                """);
    }

    @Test
    void aJoinPointDefinedInsideAScrutineeMayBeJumpedToThere() {
        assertThat(check("main = \\ -> case (join j = \\ x -> x in j 1#) of { r -> r }")).isEmpty();
    }

    @Test
    void aBinderOfTheSameNameHidesTheJoinPoint() {
        assertThat(check("main = \\ -> join j = \\ x -> x in case 1# of { j -> let f = \\(j) -> I j in f }")).isEmpty();
    }
}
