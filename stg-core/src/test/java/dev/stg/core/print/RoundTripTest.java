package dev.stg.core.print;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.gen.Corpus;
import dev.stg.core.gen.Samples;
import dev.stg.core.io.InputFile;
import dev.stg.core.parse.Dialect;
import dev.stg.core.parse.Parsers;
import dev.stg.core.syntax.NestedEntryPaths;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.SpanEraser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parsing a real program, printing it and parsing the print gives the same tree, once the heads
 * short nested entries leave out are restored ({@link NestedEntryPaths}), as the front end does.
 */
class RoundTripTest {

    @TestFactory
    Stream<DynamicTest> embeddedNativePrograms() {
        return Corpus.NATIVE.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(program ->
                DynamicTest.dynamicTest(program.getKey(), () -> assertRoundTrips(program.getKey(), program.getValue())));
    }

    @org.junit.jupiter.api.Test
    void literalsOfEveryRepGhcNamesAndForeignCalls() {
        assertRoundTrips("ghc.stg", String.join("\n",
                "$wgo = \\ n -> case ==# n 0# of { 1# -> 'a'#; default -> chr# n };",
                "`T.$fShape[]` = \\ -> GHC.Types.I# -5#;",
                "`StateMonad.>>=` = \\ m k -> case `GHC.Types.:` m k of { : x xs -> (,) x xs; () -> (##) };",
                "sat_s34R = \\ -> case +## 2.5## -7.5e-3## of { d -> case timesFloat# 1.0e-2# 2.5# of { f -> D# d } };",
                "s = \\ -> case indexCharOffAddr# \"hi\\n\\200\\&1\\SO\\&H\"# 0# of { '\\''# -> 'x'#; '\\955'# -> 18446744073709551615## };",
                "io = \\ -> case ccall getchar of { c -> case ccall putchar c of { r -> ccall exit 0# } };",
                "args = \\ -> case ccall stg_arg_count of { n -> case ccall stg_arg_byte n 0# of { b -> I# b } };",
                "file = \\ -> case ccall stg_file_path_byte 97# of { r -> case ccall stg_file_open of { h -> ccall stg_file_getc h } };",
                "hyp = \\ -> case asinhDouble# 1.0## of { a -> case expm1Double# a of { e -> D# e } }"));
    }

    @org.junit.jupiter.api.Test
    void theBuiltInsLibraryWithItsDataDeclarations() {
        for (var file : dev.stg.core.ghc.GhcLink.builtinsSources()) assertRoundTrips(file.name(), file.text());
    }

    /** ministg programs print in the native dialect, and that text means the same. */
    @TestFactory
    Stream<DynamicTest> embeddedMinistgProgramsPrintAsNative() {
        return Corpus.MINISTG.entrySet().stream().map(program -> DynamicTest.dynamicTest(program.getKey(), () -> {
            Program tree = parse(program.getKey(), program.getValue(), Dialect.MINISTG);
            assertThat(parse("printed", Printer.print(tree), Dialect.NATIVE)).isEqualTo(tree);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyNativeSampleFile() {
        return Samples.stgFiles().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            SourceFile source = InputFile.source(file);
            if (Dialect.detect(source.text()) == Dialect.NATIVE) assertRoundTrips(file.toString(), source.text());
        }));
    }

    private static void assertRoundTrips(String name, String text) {
        Program tree = parse(name, text, Dialect.NATIVE);
        String printed = Printer.print(tree);
        assertThat(NestedEntryPaths.expand(parse("printed " + name, printed, Dialect.NATIVE))).as("printed as\n%s", printed)
                .isEqualTo(NestedEntryPaths.expand(tree));
    }

    private static Program parse(String name, String text, Dialect dialect) {
        Diagnostics diags = new Diagnostics();
        Program program = Parsers.parse(new SourceFile(name, text), dialect, diags);
        assertThat(diags.render()).as("diagnostics of %s", name).isEmpty();
        return SpanEraser.erase(program);
    }
}
