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
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Deep programs print in size linear in their depth and parse back to the same tree. */
class DeepPrintTest {

    @Test
    void nestedOutputOfADeepChainIsLinearInDepthAndReparses() {
        int small = printedNested(2_000, 1, 3).length();
        int large = printedNested(4_000, 1, 3).length();
        // Indenting every level made the size grow 4x when the depth doubled.
        assertThat((double) large / small).isBetween(1.9, 2.2);
    }

    /**
     * Nested through its parent at every level, a chain written in full has entries as deep as
     * itself ({@code l3 = \(l2{l1{a0 b0 c0}}) a3}); short entries name only what is read
     * ({@code l3 = \(l2{a0 b0 c0}) a3}), so each level prints the same few names.
     */
    @Test
    void aChainNestedThroughEveryParentPrintsShortEntriesLinearInDepthAndReparses() {
        String small = printedNested(300, 3, 1);
        String large = printedNested(600, 3, 1);
        assertThat((double) large.length() / small.length()).isBetween(1.9, 2.2);
        assertThat(large).contains("let l599 = \\(l598{a0 b0 c0}) a599 ->");
        // l2 to l599: one entry each, naming the three held arguments and nothing more.
        assertThat(Pattern.compile("\\w\\{").matcher(large).results().count()).isEqualTo(598);
        assertThat(Pattern.compile("\\{a0 b0 c0}").matcher(large).results().count()).isEqualTo(598);
    }

    @Test
    void aDeepCaseChainPrintsInLinearSize() {
        int small = DeepStack.call(() -> Printer.print(load(deepCase(2_000)).program())).length();
        int large = DeepStack.call(() -> Printer.print(load(deepCase(4_000)).program())).length();
        assertThat((double) large / small).isBetween(1.9, 2.2);
    }

    private static String printedNested(int depth, int held, int threshold) {
        return DeepStack.call(() -> {
            List<SourceFile> sources = List.of(new SourceFile("deep.stg", DeepChain.source(depth, held)));
            CheckedProgram nested = Nesting.rewrite(load(sources.get(0).text()),
                    NestingOptions.of(ClosureMode.NESTED).withThreshold(threshold), sources, Frontend.Main.REQUIRED);
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
