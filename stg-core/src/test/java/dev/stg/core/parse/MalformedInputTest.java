package dev.stg.core.parse;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.gen.Corpus;
import dev.stg.core.gen.Samples;
import dev.stg.core.print.Printer;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.NestedEntryPaths;
import dev.stg.core.syntax.SpanEraser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Damaged programs never crash or hang the parsers: each gives a tree or diagnostics. A damaged
 * text that still parses cleanly must also survive printing and parsing again.
 */
class MalformedInputTest {

    private static final int MUTATIONS_PER_PROGRAM = 150;
    /**
     * A hang detector, not a speed target: the batch takes seconds, but the build machine is
     * shared, so only a parser that never returns can exhaust this.
     */
    private static final Duration BUDGET = Duration.ofMinutes(5);

    @Test
    void mutatedProgramsGiveATreeOrDiagnosticsNeverAnException() {
        Map<String, String> programs = programs();
        assertThat(programs.size() * MUTATIONS_PER_PROGRAM).isGreaterThanOrEqualTo(2000);
        assertTimeoutPreemptively(BUDGET, () -> {
            long seed = 0;
            for (Map.Entry<String, String> program : programs.entrySet()) {
                Dialect dialect = Dialect.detect(program.getValue());
                for (int i = 0; i < MUTATIONS_PER_PROGRAM; i++, seed++) {
                    String damaged = new Mutator(seed).mutate(program.getValue());
                    check(program.getKey(), seed, damaged, dialect);
                }
            }
        });
    }

    @Test
    void randomGarbageGivesATreeOrDiagnosticsNeverAnException() {
        String alphabet = "abXY_'019#-+*/%=<>\\(){};\"@ \n\t{--}";
        assertTimeoutPreemptively(BUDGET, () -> {
            for (long seed = 0; seed < 2000; seed++) {
                Random random = new Random(seed);
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(200);
                for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                check("garbage", seed, text.toString(), Dialect.NATIVE);
                check("garbage", seed, text.toString(), Dialect.MINISTG);
            }
        });
    }

    private static void check(String name, long seed, String text, Dialect dialect) {
        Diagnostics diags = new Diagnostics();
        Program tree;
        try {
            tree = Parsers.parse(new SourceFile(name, text), dialect, diags);
        } catch (RuntimeException | StackOverflowError e) {
            fail("%s mutation seed %d threw %s on\n%s", name, seed, e, text);
            return;
        }
        if (diags.hasErrors()) return;
        String printed = Printer.print(tree);
        Diagnostics reparse = new Diagnostics();
        Program again = NativeParser.parse(new SourceFile("printed", printed), reparse);
        assertThat(reparse.render()).as("%s mutation seed %d printed as\n%s", name, seed, printed).isEmpty();
        // Short nested entries read back once the front end restores their heads.
        assertThat(SpanEraser.erase(NestedEntryPaths.expand(again))).as("%s mutation seed %d", name, seed)
                .isEqualTo(SpanEraser.erase(NestedEntryPaths.expand(tree)));
    }

    /** The sample files when there are any, and always the embedded corpus. */
    private static Map<String, String> programs() {
        Map<String, String> programs = new TreeMap<>();
        programs.putAll(Corpus.NATIVE);
        programs.putAll(Corpus.MINISTG);
        for (Path file : Samples.stgFiles()) programs.put(file.toString(), read(file));
        return programs;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
