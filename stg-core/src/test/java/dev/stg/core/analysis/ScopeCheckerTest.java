package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeCheckerTest {

    private static String errors(String... lines) {
        Diagnostics diags = new Diagnostics();
        ScopeChecker.check(Sources.parse(diags, lines), diags);
        return diags.render();
    }

    @Test
    void aCorrectProgramHasNoErrors() {
        assertThat(errors(
                "main = \\ -> let x = \\ -> Nil in",
                "             let f = \\(x) y -> Cons x y in",
                "             f x")).isEmpty();
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
}
