package dev.stg.core.print;

import dev.stg.core.CheckedProgram;
import dev.stg.core.DeepStack;
import dev.stg.core.Frontend;
import dev.stg.core.gen.DeepChain;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.parse.Dialect;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.SpanEraser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Deep programs print in size linear in their depth and parse back to the same tree. */
class DeepPrintTest {

    @Test
    void nestedOutputOfADeepChainIsLinearInDepthAndReparses() {
        int small = printedNested(2_000).length();
        int large = printedNested(4_000).length();
        // Indenting every level made the size grow 4x when the depth doubled.
        assertThat((double) large / small).isBetween(1.9, 2.2);
    }

    @Test
    void aDeepCaseChainPrintsInLinearSize() {
        int small = DeepStack.call(() -> Printer.print(load(deepCase(2_000)).program())).length();
        int large = DeepStack.call(() -> Printer.print(load(deepCase(4_000)).program())).length();
        assertThat((double) large / small).isBetween(1.9, 2.2);
    }

    private static String printedNested(int depth) {
        return DeepStack.call(() -> {
            List<SourceFile> sources = List.of(new SourceFile("deep.stg", DeepChain.source(depth)));
            CheckedProgram nested = Nesting.rewrite(load(sources.get(0).text()),
                    NestingOptions.of(ClosureMode.NESTED), sources, Frontend.Main.REQUIRED);
            String printed = Printer.print(nested.program());
            Program reparsed = load(printed).program();
            assertThat(SpanEraser.erase(reparsed)).isEqualTo(SpanEraser.erase(nested.program()));
            return printed;
        });
    }

    private static String deepCase(int depth) {
        return "main = \\ -> " + "case ".repeat(depth) + "Int# 1#" + " of { Int# a -> Int# a }".repeat(depth) + ";\n";
    }

    private static CheckedProgram load(String text) {
        return Frontend.load(List.of(new SourceFile("deep.stg", text)), Optional.of(Dialect.NATIVE));
    }
}
