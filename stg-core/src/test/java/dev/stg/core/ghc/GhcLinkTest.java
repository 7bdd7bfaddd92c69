package dev.stg.core.ghc;

import dev.stg.core.Frontend;
import dev.stg.core.diag.Diagnostics;
import dev.stg.core.parse.Dialect;
import dev.stg.core.print.Printer;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.SpanEraser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The imported programs linked with the built-ins library: they pass every check of the front
 * end, and what {@code --emit-stg} writes reads back as the same program.
 */
class GhcLinkTest {

    @Test
    void theBuiltInsLibraryParsesAndDefinesEveryNameTheCorpusUsesFromOutside() {
        Diagnostics diags = new Diagnostics();
        Program builtins = Frontend.parse(GhcLink.builtinsSources(), Optional.of(Dialect.NATIVE), diags).program();
        assertThat(diags.render()).isEmpty();
        for (String name : GhcImportTest.BUILT_IN_NAMES) assertThat(builtins.global(name)).as(name).isPresent();
    }

    private static Program linked(Path dump) throws Exception {
        Diagnostics diags = new Diagnostics();
        GhcDump parsed = GhcDumpParser.parse(new SourceFile(dump.getFileName().toString(), Files.readString(dump)), diags)
                .orElseThrow();
        Optional<Program> program = GhcLink.link(List.of(parsed), Optional.empty(), diags);
        assertThat(diags.render()).isEmpty();
        return program.orElseThrow();
    }

    /** The data declarations without their spans: {@code T.List = T.Nil | T.Cons pointer pointer}. */
    private static List<String> declarations(Program program) {
        return program.dataDecls().stream().map(d -> d.name() + " = " + d.constructors().stream()
                .map(c -> c.name() + c.fields().stream().map(f -> " " + f.display()).reduce("", String::concat))
                .reduce((a, b) -> a + " | " + b).orElse("")).toList();
    }

    /**
     * A program that uses a name of a module no dump defines, and that the built-ins lack too, is
     * refused at its first use with what is missing, not as an unbound variable.
     */
    @Test
    void aNameOfAModuleNotLinkedIsReportedAsUndefined() {
        String text = GhcDumpErrorTest.GOOD.replace("__DEFAULT -> GHC.Types.I# [sat_s3];",
                "__DEFAULT -> GHC.Classes.$fEq(,,,,,,,) sat_s3;");
        Diagnostics diags = new Diagnostics();
        GhcDump dump = GhcDumpParser.parse(new SourceFile("t.dump-stg-final", text), diags).orElseThrow();
        assertThat(GhcLink.link(List.of(dump), Optional.of(new GhcLink.Entry.Value("T.x")), diags)).isEmpty();
        assertThat(diags.render()).isEqualTo("""
                t.dump-stg-final:14:22: error: 'GHC.Classes.$fEq(,,,,,,,)' is not defined: no linked dump defines it (module GHC.Classes), and the machine's built-ins do not
                 14 |         __DEFAULT -> GHC.Classes.$fEq(,,,,,,,) sat_s3;
                    |                      ^^^^^^^^^^^^^^^^^^^^^^^^^
                  expected: the dump of the module that defines it, or only the names of ghc-prim, ghc-bignum and base that the built-ins supply (docs/ghc-stg.md, "Built-ins")
                """);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusProgramPassesTheChecksAndItsEmittedStgReadsBackTheSame() {
        return GhcCorpus.dumps().stream().map(dump -> DynamicTest.dynamicTest(
                dump.getParent().getFileName() + "/" + dump.getFileName(), () -> {
                    Program program = linked(dump);
                    Frontend.check(program, Dialect.GHC, List.of(), Frontend.Main.OPTIONAL);
                    String emitted = Printer.print(program);
                    Diagnostics diags = new Diagnostics();
                    Program again = Frontend.parse(List.of(new SourceFile("emitted.stg", emitted)), Optional.of(Dialect.NATIVE),
                            diags).program();
                    assertThat(diags.render()).isEmpty();
                    assertThat(SpanEraser.erase(again)).isEqualTo(SpanEraser.erase(program));
                    assertThat(declarations(again)).isEqualTo(declarations(program));
                }));
    }
}
