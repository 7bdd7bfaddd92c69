package dev.stg.core.ghc;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.print.Printer;
import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.DataDecl;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Rep;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The translation from GHC's dumps to the machine's program, on the committed corpus and on
 * edited dumps. The built-ins library is stood in for by its names and GHC.Types' two
 * enumerations, so these tests read only the dumps.
 */
class GhcImportTest {

    static final Set<String> BUILT_IN_NAMES = Set.of("GHC.CString.unpackCString#", "GHC.CString.unpackAppendCString#",
            "GHC.CString.unpackFoldrCString#", "GHC.CString.unpackCStringUtf8#", "Control.Exception.Base.patError",
            "Control.Exception.Base.recSelError", "GHC.TopHandler.runMainIO", "GHC.TopHandler.runMainIO1",
            "$con()", "$con[]", "GHC.Types.$conTrue", "GHC.Types.$conFalse", "GHC.Types.$conLT", "GHC.Types.$conEQ",
            "GHC.Types.$conGT", "GHC.Num.BigNat.bigNatFromWordList#", "GHC.Num.Integer.integerLt",
            "GHC.Num.Integer.integerEq", "GHC.Num.Integer.integerGe", "GHC.Num.Integer.integerCompare");

    static final List<DataDecl> ENUMS = List.of(
            new DataDecl("GHC.Types.Bool", List.of(con("GHC.Types.False"), con("GHC.Types.True")), Span.NONE),
            new DataDecl("GHC.Types.Ordering", List.of(con("GHC.Types.LT"), con("GHC.Types.EQ"), con("GHC.Types.GT")), Span.NONE));

    private static DataDecl.Constructor con(String name) {
        return new DataDecl.Constructor(name, List.of(), Span.NONE);
    }

    /** The program, or the rendered errors. */
    static Object importText(String file, String text) {
        Diagnostics diags = new Diagnostics();
        Optional<GhcDump> dump = GhcDumpParser.parse(new SourceFile(file, text), diags);
        assertThat(dump).as(diags.render()).isPresent();
        Optional<Program> program = GhcImport.translate(List.of(dump.get()), ENUMS, BUILT_IN_NAMES, diags);
        return program.isPresent() ? program.get() : diags.render();
    }

    static Program importCorpus(String level, String program) throws Exception {
        Path path = GhcCorpus.folder().resolve(level).resolve(program + ".dump-stg-final");
        Object result = importText(path.getFileName().toString(), Files.readString(path));
        assertThat(result).as(level + "/" + program).isInstanceOf(Program.class);
        return (Program) result;
    }

    static String corpusText(String level, String program) throws Exception {
        return Files.readString(GhcCorpus.folder().resolve(level).resolve(program + ".dump-stg-final"));
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusDumpImportsAndItsFreeVariableListsAgree() {
        return GhcCorpus.dumps().stream().map(path -> DynamicTest.dynamicTest(
                path.getParent().getFileName() + "/" + path.getFileName(), () -> {
                    Object result = importText(path.getFileName().toString(), Files.readString(path));
                    assertThat(result).isInstanceOf(Program.class);
                    Program program = (Program) result;
                    for (Binding b : program.bindings()) {
                        for (String used : dev.stg.core.analysis.FreeVariables.openNames(b.lambda()).keySet()) {
                            assertThat(program.global(used).isPresent() || BUILT_IN_NAMES.contains(used))
                                    .as(b.name() + " uses " + used).isTrue();
                        }
                    }
                }));
    }

    @Test
    void constructorFamiliesAreInDeclarationOrderWithFieldReps() throws Exception {
        Program p = importCorpus("O0", "TagToEnum");
        DataDecl colour = p.dataDecls().stream().filter(d -> d.name().equals("TagToEnum.Colour")).findFirst().orElseThrow();
        assertThat(colour.constructors()).extracting(DataDecl.Constructor::name)
                .containsExactly("TagToEnum.Red", "TagToEnum.Green", "TagToEnum.Blue", "TagToEnum.Yellow");
        DataDecl result = importCorpus("O0", "CharPrimops").dataDecls().stream()
                .filter(d -> d.name().equals("CharPrimops.List")).findFirst().orElseThrow();
        assertThat(result.constructors()).extracting(DataDecl.Constructor::name)
                .containsExactly("CharPrimops.Nil", "CharPrimops.Cons");
        assertThat(result.constructors().get(1).fields()).containsExactly(Rep.POINTER, Rep.POINTER);
    }

    static final String COLOURS = """

            ==================== Final STG: ====================

            T.Green [InlPrag=NOUSERINLINE CONLIKE] :: T.Colour
            [GblId[DataCon], Caf=NoCafRefs, Unf=OtherCon []] =
                CCS_DONT_CARE T.Green! [];

            T.Red [InlPrag=NOUSERINLINE CONLIKE] :: T.Colour
            [GblId[DataCon], Caf=NoCafRefs, Unf=OtherCon []] =
                CCS_DONT_CARE T.Red! [];

            T.toColour :: GHC.Prim.Int# -> T.Colour
            [GblId, Arity=1, Unf=OtherCon []] =
                {} \\r [i_s1] tagToEnum# [i_s1];

            T.isRed :: GHC.Prim.Int# -> GHC.Types.Bool
            [GblId, Arity=1, Unf=OtherCon []] =
                {} \\r [i_s2]
                    case tagToEnum# [i_s2] of {
                      T.Red -> GHC.Types.True;
                      T.Green -> GHC.Types.False;
                    };
            """;

    @Test
    void tagToEnumBecomesACaseOnTheTagOverTheSignaturesOrTheAlternativesFamily() {
        Program p = (Program) importText("t.dump-stg-final", COLOURS);
        assertThat(p.dataDecls()).hasSize(1);
        assertThat(p.dataDecls().get(0).constructors()).extracting(DataDecl.Constructor::name).containsExactly("T.Red", "T.Green");
        Expr.Case toColour = (Expr.Case) p.global("T.toColour").orElseThrow().lambda().body();
        assertThat(toColour.alts()).hasSize(3);
        assertThat(((Alt.LitAlt) toColour.alts().get(0)).value()).isZero();
        assertThat(((Expr.ConApp) toColour.alts().get(0).body()).constructor()).isEqualTo("T.Red");
        assertThat(((Alt.LitAlt) toColour.alts().get(1)).value()).isOne();
        Expr.Let raise = (Expr.Let) toColour.alts().get(2).body();
        Expr.App message = (Expr.App) raise.bindings().get(0).lambda().body();
        assertThat(message.function().name()).isEqualTo("GHC.CString.unpackCString#");
        assertThat(((dev.stg.core.syntax.Lit) message.args().get(0)).bytes())
                .isEqualTo("tagToEnum#: no constructor of T.Colour has this tag");
        assertThat(((Expr.PrimApp) raise.body()).op()).isEqualTo(PrimOp.RAISE);
        Expr.Case isRed = (Expr.Case) p.global("T.isRed").orElseThrow().lambda().body();
        Expr.Case desugared = (Expr.Case) isRed.scrutinee();
        assertThat(((Expr.ConApp) desugared.alts().get(1).body()).constructor()).isEqualTo("T.Green");
        assertThat(((Expr.PrimApp) ((Expr.Let) desugared.alts().get(2).body()).body()).op()).isEqualTo(PrimOp.RAISE);
    }

    @Test
    void theStateTokenIsPassedAsZeroAndIoActionsStayFunctionsOfIt() throws Exception {
        Program p = importCorpus("O0", "HelloIO");
        LambdaForm putBytes = p.global("putBytes_rlg").orElseThrow().lambda();
        assertThat(putBytes.params()).hasSize(3);
        assertThat(putBytes.params().subList(0, 2)).extracting(b -> b.name()).containsExactly("s_spd", "i_spe");
        assertThat(putBytes.params().get(2).name()).startsWith("_token");
        LambdaForm wrapper = p.global(":Main.main").orElseThrow().lambda();
        assertThat(wrapper.isThunk()).as("an IO () thunk evaluates to the action; updating it runs nothing").isTrue();
        String printed = Printer.print(putBytes);
        assertThat(printed).doesNotContain("void").contains("putBytes_rlg s_spd sat_spn 0#");
    }

    @Test
    void aForeignCallsSoloResultIsItsBareResult() throws Exception {
        Program p = importCorpus("O0", "HelloIO");
        String printed = Printer.print(p.global("putBytes_rlg").orElseThrow().lambda());
        assertThat(printed).doesNotContain("Solo# _");
    }

    @Test
    void aForeignCallsUnitIsIgnored() throws Exception {
        // The library's dumps name the package that declared the import, base-4.15.1.0.
        for (String level : List.of("O0", "O1")) {
            Path folder = GhcCorpus.folder().resolveSibling("hs").resolve("lib").resolve(level);
            for (String module : List.of("System.Environment", "System.IO")) {
                String text = Files.readString(folder.resolve(module + ".dump-stg-final"));
                assertThat(text).contains("__ffi_static_ccall_unsafe base-4.15.1.0:stg_");
                Object result = importText(module + ".dump-stg-final", text);
                assertThat(result).as(level + "/" + module).isInstanceOf(Program.class);
                String printed = Printer.print((Program) result);
                assertThat(printed).contains(module.equals("System.IO")
                        ? List.of("ccall stg_file_path_byte", "ccall stg_file_open", "ccall stg_file_getc", "ccall getchar", "ccall putchar")
                        : List.of("ccall stg_arg_count", "ccall stg_arg_byte"));
            }
        }
        String main = corpusText("O0", "HelloIO").replace("main:putchar", "base-4.15.1.0:putchar");
        assertThat(Printer.print((Program) importText("HelloIO.dump-stg-final", main)))
                .isEqualTo(Printer.print(importCorpus("O0", "HelloIO")));
    }

    @Test
    void deadPrintedBindersThatAreUsedGetTheirNamesBack() throws Exception {
        Program p = importCorpus("O0", "EchoIO");
        String printed = Printer.print(p);
        assertThat(printed).contains("Solo# ipv1_stF ->");
    }

    @Test
    void aFreeVariableListThatDisagreesIsAnErrorNamingTheClosureAndBothLists() {
        String text = GhcDumpErrorTest.GOOD + """

                T.g :: GHC.Types.Int -> GHC.Types.Int
                [GblId, Arity=1, Unf=OtherCon []] =
                    {} \\r [y_s4]
                        let {
                          sat_s5 [Occ=Once1] :: GHC.Types.Int
                          [LclId] =
                              {z_s9} \\u [] T.f y_s4;
                        } in  T.f sat_s5;
                """;
        assertThat(importText("t.dump-stg-final", text)).isEqualTo("""
                t.dump-stg-final:24:15: error: GHC's free variables of sat_s5 are {z_s9} but the closure uses {y_s4}
                 24 |               {z_s9} \\u [] T.f y_s4;
                    |               ^^^^^^^^^^^^^^^^^^^^^
                """);
    }

    @Test
    void anUnknownPrimopIsAnErrorNamingIt() {
        String text = GhcDumpErrorTest.GOOD.replace("+# [n_s2 1#]", "frobInt# [n_s2 1#]");
        assertThat(importText("t.dump-stg-final", text)).isEqualTo("""
                t.dump-stg-final:13:14: error: unknown primop frobInt#: the machine implements GHC.Prim's primops listed in docs/ghc-stg.md
                 13 |         case frobInt# [n_s2 1#] of sat_s3 [Occ=Once1] {
                    |              ^^^^^^^^
                """);
    }

    @Test
    void aForeignCallOtherThanTheMachinesIsAnErrorNamingIt() throws Exception {
        String text = corpusText("O0", "HelloIO").replace("main:putchar", "base-4.15.1.0:system");
        assertThat((String) importText("HelloIO.dump-stg-final", text)).startsWith(
                "HelloIO.dump-stg-final:23:19: error: unsupported foreign call base-4.15.1.0:system: the machine implements only "
                        + "putchar, getchar, exit, stg_arg_count, stg_arg_byte, stg_file_path_byte, stg_file_open, stg_file_getc");
    }

    @Test
    void aConstructorOutOfItsDeclaredPositionIsAnError() throws Exception {
        String text = corpusText("O0", "Interpreter").replace("Cpr=m9", "Cpr=m3");
        assertThat((String) importText("Interpreter.dump-stg-final", text)).contains(
                "error: the constructor Interpreter.LetRec says Cpr=m3 but is constructor 9 of Interpreter.Expr");
    }

    @Test
    void anUnusedDeadBinderWhoseBodyUsesAnUnknownNameIsAnError() {
        String text = GhcDumpErrorTest.GOOD.replace("GHC.Types.I# n_s2 [Occ=Once1] ->", "GHC.Types.I# _ [Occ=Dead] ->")
                .replace("case +# [n_s2 1#]", "case +# [n_s2 m_s7]");
        assertThat((String) importText("t.dump-stg-final", text)).startsWith(
                "t.dump-stg-final:12:9: error: the alternative's fields print as _ but its body uses [n_s2, m_s7]: cannot tell which field each is");
    }

    /**
     * A global of a module not linked in is not a binder GHC left unprinted, even beside a
     * {@code _} field: taking it for the field ran nofib's life with a list where ghc-prim's
     * {@code $fEq[]_$s$fEq[]} dictionary belonged. It stays unbound, for the scope check to report.
     */
    @Test
    void aQualifiedNameIsNeverTakenForADeadField() {
        String text = GhcDumpErrorTest.GOOD.replace("GHC.Types.I# n_s2 [Occ=Once1] ->", "GHC.Types.I# _ [Occ=Dead] ->")
                .replace("case +# [n_s2 1#]", "case +# [1# 1#]")
                .replace("__DEFAULT -> GHC.Types.I# [sat_s3];", "__DEFAULT -> M.absent sat_s3;");
        String printed = Printer.print((Program) importText("t.dump-stg-final", text));
        assertThat(printed).contains("M.absent sat_s3").doesNotContain("I# M.absent");
    }

    @Test
    void tagToEnumWithoutAKnownResultTypeIsAnError() {
        String text = GhcDumpErrorTest.GOOD.replace("__DEFAULT -> GHC.Types.I# [sat_s3];", "__DEFAULT -> tagToEnum# [sat_s3];");
        assertThat((String) importText("t.dump-stg-final", text)).startsWith("t.dump-stg-final:14:22: error: cannot tell the result type of tagToEnum# here (GHC.Types.Int is not an enumeration");
    }

    private static final String USES_T = """

            ==================== Final STG: ====================

            U.y :: GHC.Types.Int
            [GblId] =
                {} \\u [] T.f T.x;
            """;

    @Test
    void severalModulesLinkByTheirQualifiedNames() {
        Diagnostics diags = new Diagnostics();
        GhcDump t = GhcDumpParser.parse(new SourceFile("T.dump-stg-final", GhcDumpErrorTest.GOOD), diags).orElseThrow();
        GhcDump u = GhcDumpParser.parse(new SourceFile("U.dump-stg-final", USES_T), diags).orElseThrow();
        Program linked = GhcImport.translate(List.of(t, u), ENUMS, BUILT_IN_NAMES, diags).orElseThrow();
        assertThat(linked.bindings()).extracting(Binding::name).containsExactly("T.x", "T.f", "U.y");
        assertThat(linked.global("U.y").orElseThrow().lambda().freeVars()).as("T.f and T.x are globals").isEmpty();

        Diagnostics twice = new Diagnostics();
        GhcDump again = GhcDumpParser.parse(new SourceFile("T2.dump-stg-final", GhcDumpErrorTest.GOOD), twice).orElseThrow();
        assertThat(GhcImport.translate(List.of(t, again), ENUMS, BUILT_IN_NAMES, twice)).isEmpty();
        assertThat(twice.render()).startsWith("T2.dump-stg-final:4:1: error: 'T.x' is defined twice in the linked dumps");
    }

    @Test
    void aDumpIsDetectedAsTheGhcDialect() throws Exception {
        assertThat(dev.stg.core.parse.Dialect.detect(corpusText("O1", "HelloIO"))).isEqualTo(dev.stg.core.parse.Dialect.GHC);
        assertThat(dev.stg.core.parse.Dialect.detect("main = \\ -> 1#;")).isEqualTo(dev.stg.core.parse.Dialect.NATIVE);
    }
}
