package dev.stg.core.nest;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.parse.Dialect;
import dev.stg.core.print.Printer;
import dev.stg.core.syntax.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letrec closure holds itself as a field; a child pointing to it gets that pointer from the
 * head of its parent entry, so the entry must not reach the field again ({@code f{f}} names f
 * twice: found by the differential test, seed 2).
 */
class LetrecSelfFieldTest {

    private static final String PROGRAM = """
            main = \\ =>
                letrec f = \\(f) n -> case 0# of { i -> let t = \\(f i) => f i in t }
                in I 0#
            """;

    @Test
    void aChildOfASelfReferentialClosureDoesNotReachItsSelfField() {
        SourceFile source = new SourceFile("self.stg", PROGRAM);
        CheckedProgram checked = Frontend.load(List.of(source), Optional.of(Dialect.NATIVE));
        for (int threshold : new int[] {0, 1}) {
            CheckedProgram nested = Nesting.rewrite(checked, NestingOptions.of(ClosureMode.NESTED_PARTIAL)
                    .withThreshold(threshold).withThunkParents(true), List.of(source), Frontend.Main.REQUIRED);
            assertThat(Printer.print(nested.program())).contains("let t = \\(f i) => f i");
        }
    }
}
