package dev.stg.interp.machine;

import dev.stg.core.Frontend;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.run.ProgramRunner;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Arguments left pending on the stack (the surplus of an over-saturated call, or arguments
 * waiting while the function, a thunk, is evaluated) are applied long after the call that
 * pushed them; a fault then still names that call, which the ARGS frame carries (issue 10).
 */
class PendingArgumentsTest {

    private static final String PRELUDE = """
            three = \\ -> Int# 3#;
            sq = \\x -> case *# x x of { r -> Int# r };
            apply = \\f x -> f x;
            apply2 = \\f a b -> f a b;
            """;

    @Test
    void theSurplusOfAnOverSaturatedCallNamesTheCall() {
        assertThatThrownBy(() -> run("konst = \\y -> sq;\n"
                + "main = \\ => case Box konst of { Box k -> apply2 k three three };\n"))
                .isInstanceOf(RuntimeFault.class)
                .hasMessage("function sq (pending.stg:2:6) expects argument 1 to be an Int# but was passed a boxed "
                        + "value (a pointer) at the call at pending.stg:4:20");
    }

    @Test
    void argumentsWaitingForAThunkToGiveTheFunctionNameTheCall() {
        assertThatThrownBy(() -> run("main = \\ => let t = \\ => sq in apply t three;\n"))
                .isInstanceOf(RuntimeFault.class)
                .hasMessage("function sq (pending.stg:2:6) expects argument 1 to be an Int# but was passed a boxed "
                        + "value (a pointer) at the call at pending.stg:3:17");
    }

    @Test
    void anIntGivenWherePendingArgumentsWaitForAFunctionNamesTheCall() {
        assertThatThrownBy(() -> run("konst = \\y -> 5#;\n"
                + "main = \\ => case Box konst of { Box k -> apply2 k three three };\n"))
                .isInstanceOf(RuntimeFault.class)
                .hasMessage("cannot apply an Int# (5#) to arguments at the call at pending.stg:4:20");
    }

    private static void run(String main) {
        List<SourceFile> sources = List.of(new SourceFile("pending.stg", PRELUDE + main));
        Machine machine = ProgramRunner.load(Frontend.load(sources, Optional.empty()), ProgramRunner.Settings.defaults());
        machine.evaluateGlobal("main");
    }
}
