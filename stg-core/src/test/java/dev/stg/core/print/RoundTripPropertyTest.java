package dev.stg.core.print;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.gen.RandomAst;
import dev.stg.core.parse.NativeParser;
import dev.stg.core.syntax.NestedEntryPaths;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.SpanEraser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Printing any syntax tree and parsing the text gives the same tree back, once the heads short
 * nested entries leave out are restored ({@link NestedEntryPaths}), as the front end does.
 */
class RoundTripPropertyTest {

    private static final int PROGRAMS = 2500;

    @Test
    void printThenParseIsTheIdentityOnRandomPrograms() {
        for (long seed = 0; seed < PROGRAMS; seed++) {
            Program program = new RandomAst(seed).program();
            String text = Printer.print(program);
            Diagnostics diags = new Diagnostics();
            Program parsed = NativeParser.parse(new SourceFile("random.stg", text), diags);

            assertThat(diags.render()).as("seed %d printed\n%s", seed, text).isEmpty();
            assertThat(SpanEraser.erase(NestedEntryPaths.expand(parsed))).as("seed %d printed\n%s", seed, text)
                    .isEqualTo(SpanEraser.erase(NestedEntryPaths.expand(program)));
        }
    }
}
