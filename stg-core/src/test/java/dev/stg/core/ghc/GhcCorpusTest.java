package dev.stg.core.ghc;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed corpus is complete, and its dumps read into the trees GHC meant. */
class GhcCorpusTest {

    static GhcDump dump(String level, String program) throws Exception {
        return GhcDumpParserTest.parseFile(GhcCorpus.folder().resolve(level).resolve(program + ".dump-stg-final"));
    }

    /** Every right-hand side of the dump, nested ones included, in dump order. */
    static List<GhcRhs> rhss(GhcDump dump) {
        List<GhcRhs> out = new ArrayList<>();
        for (GhcBinding b : dump.bindings()) collect(b.rhs(), out, new ArrayList<>());
        return out;
    }

    /** Every expression of the dump, nested ones included. */
    static List<GhcExpr> exprs(GhcDump dump) {
        List<GhcExpr> out = new ArrayList<>();
        for (GhcBinding b : dump.bindings()) collect(b.rhs(), new ArrayList<>(), out);
        return out;
    }

    private static void collect(GhcRhs rhs, List<GhcRhs> rhss, List<GhcExpr> exprs) {
        rhss.add(rhs);
        if (rhs instanceof GhcRhs.Closure c) collect(c.body(), rhss, exprs);
    }

    private static void collect(GhcExpr e, List<GhcRhs> rhss, List<GhcExpr> exprs) {
        exprs.add(e);
        if (e instanceof GhcExpr.Let let) {
            for (GhcBinding b : let.bindings().bindings()) collect(b.rhs(), rhss, exprs);
            collect(let.body(), rhss, exprs);
        } else if (e instanceof GhcExpr.Case c) {
            collect(c.scrutinee(), rhss, exprs);
            for (GhcAlt a : c.alts()) collect(a.body(), rhss, exprs);
        }
    }

    @Test
    void everyProgramHasBothDumpsAndOneExpectedOutput() {
        List<String> programs = GhcCorpus.programs();
        assertThat(programs).hasSizeGreaterThanOrEqualTo(25);
        Path folder = GhcCorpus.folder();
        for (String p : programs) {
            assertThat(folder.resolve("O0/" + p + ".dump-stg-final")).as(p).isRegularFile();
            assertThat(folder.resolve("O1/" + p + ".dump-stg-final")).as(p).isRegularFile();
            boolean out = Files.isRegularFile(folder.resolve(p + ".out"));
            boolean err = Files.isRegularFile(folder.resolve(p + ".err"));
            assertThat(out ^ err).as(p + ": exactly one of .out and .err").isTrue();
        }
        assertThat(GhcCorpus.dumps()).hasSize(2 * programs.size());
    }

    @Test
    void everyIntPrimopOfTheIssueIsCalled() throws Exception {
        Set<String> used = new TreeSet<>();
        for (String level : List.of("O0", "O1")) {
            for (GhcExpr e : exprs(dump(level, "IntPrimops"))) {
                if (e instanceof GhcExpr.OpApp op && op.op() instanceof GhcOp.PrimOp p) used.add(p.name());
            }
        }
        assertThat(used).contains("+#", "-#", "*#", "quotInt#", "remInt#", "quotRemInt#", "negateInt#", "==#", "/=#",
                "<#", "<=#", ">#", ">=#", "uncheckedIShiftL#", "uncheckedIShiftRA#", "andI#", "orI#", "xorI#", "notI#");
    }

    @Test
    void joinPointsAtO1AreLetNoEscapeWithAJoinArityAndTheirOwnFreeVariables() throws Exception {
        List<GhcBinding> joins = exprs(dump("O1", "JoinPoints")).stream()
                .flatMap(e -> e instanceof GhcExpr.Let let && let.noEscape() ? let.bindings().bindings().stream() : Stream.empty())
                .toList();
        assertThat(joins).isNotEmpty();
        for (GhcBinding j : joins) {
            GhcIdInfo info = j.binder().idInfo().orElseThrow();
            assertThat(info.isGlobal()).isFalse();
            assertThat(info.joinArity()).as(j.binder().name().text()).isPresent();
            GhcRhs.Closure closure = (GhcRhs.Closure) j.rhs();
            assertThat(closure.flag()).isEqualTo(GhcRhs.UpdateFlag.REENTRANT);
            assertThat(closure.params()).hasSize(info.joinArity().getAsInt());
        }
        // The search loop is recursive and reads the number it divides: both are free in it.
        assertThat(joins).anySatisfy(j -> assertThat(((GhcRhs.Closure) j.rhs()).freeVars())
                .extracting(GhcName::text).contains(j.binder().name().text()).hasSize(2));
    }

    @Test
    void unboxedTuplesAreConstructorApplicationsAndPatterns() throws Exception {
        GhcDump dump = dump("O1", "UnboxedTuples");
        assertThat(exprs(dump)).filteredOn(GhcExpr.ConApp.class::isInstance)
                .extracting(e -> ((GhcExpr.ConApp) e).constructor().text()).contains("(#,#)");
        List<GhcAlt> tripleAlts = exprs(dump).stream()
                .flatMap(e -> e instanceof GhcExpr.Case c ? c.alts().stream() : Stream.empty())
                .filter(a -> a.pattern() instanceof GhcAlt.ConPattern p && p.constructor().text().equals("(#,,#)"))
                .toList();
        assertThat(tripleAlts).isNotEmpty().allSatisfy(a -> assertThat(a.binders()).hasSize(3));
    }

    @Test
    void foreignCallsNameUnitAndSymbolAndPassTheVoidToken() throws Exception {
        List<GhcExpr.OpApp> calls = exprs(dump("O1", "EchoIO")).stream()
                .filter(e -> e instanceof GhcExpr.OpApp op && op.op() instanceof GhcOp.ForeignCall)
                .map(GhcExpr.OpApp.class::cast).toList();
        assertThat(calls).extracting(c -> ((GhcOp.ForeignCall) c.op()).label()).contains("getchar", "putchar");
        for (GhcExpr.OpApp c : calls) {
            GhcOp.ForeignCall f = (GhcOp.ForeignCall) c.op();
            assertThat(f.safety()).isEqualTo("unsafe");
            assertThat(f.unit()).isEqualTo("main");
            assertThat(c.args().get(c.args().size() - 1)).isInstanceOfSatisfying(GhcAtom.Var.class,
                    v -> assertThat(v.name().text()).isEqualTo("GHC.Prim.void#"));
        }
    }

    @Test
    void stringLiteralsDecodeToTheirBytes() throws Exception {
        List<String> strings = new ArrayList<>();
        for (GhcExpr e : exprs(dump("O0", "AddrLiterals"))) {
            if (e instanceof GhcExpr.App app) {
                for (GhcAtom a : app.args()) {
                    if (a instanceof GhcAtom.Lit l && l.literal() instanceof GhcLiteral.StringLit s) {
                        strings.add(new String(s.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                }
            }
        }
        assertThat(strings).contains("plain", "escapes: \"q\" \\ \t|", "tail\n", "caf\u00c3\u00a9", "twelve chars");
    }

    @Test
    void topLevelStringsCharLiteralsAndDoubleLiterals() throws Exception {
        assertThat(rhss(dump("O1", "HelloIO"))).filteredOn(GhcRhs.TopString.class::isInstance)
                .extracting(r -> new String(((GhcRhs.TopString) r).literal().bytes(), java.nio.charset.StandardCharsets.US_ASCII))
                .containsExactly("Hello from GHC's STG\n");
        assertThat(rhss(dump("O0", "CharPrimops"))).filteredOn(GhcRhs.ConClosure.class::isInstance)
                .flatExtracting(r -> ((GhcRhs.ConClosure) r).args())
                .filteredOn(a -> a instanceof GhcAtom.Lit l && l.literal() instanceof GhcLiteral.CharLit)
                .extracting(a -> ((GhcLiteral.CharLit) ((GhcAtom.Lit) a).literal()).codePoint())
                .contains((int) 'a', (int) '\n', (int) '\'', 955);
        assertThat(rhss(dump("O0", "DoublePrimops"))).filteredOn(GhcRhs.ConClosure.class::isInstance)
                .flatExtracting(r -> ((GhcRhs.ConClosure) r).args())
                .filteredOn(a -> a instanceof GhcAtom.Lit l && l.literal() instanceof GhcLiteral.DoubleLit)
                .extracting(a -> ((GhcLiteral.DoubleLit) ((GhcAtom.Lit) a).literal()).value())
                .contains(6.25, -0.5, 1.0e-3, 3.0);
    }

    @Test
    void classDictionariesAreConstructorsOfTheirOwn() throws Exception {
        GhcDump dump = dump("O0", "TypeClasses");
        GhcBinding dict = dump.binding("TypeClasses.C:Shape").orElseThrow();
        assertThat(dict.binder().idInfo().orElseThrow().isDataConWorker()).isTrue();
        assertThat(dict.binder().idInfo().orElseThrow().arity()).hasValue(2);
        GhcRhs.Closure worker = (GhcRhs.Closure) dict.rhs();
        assertThat(worker.freeVars()).isEmpty();
        assertThat(worker.params()).hasSize(2);
        assertThat(worker.body()).isInstanceOfSatisfying(GhcExpr.ConApp.class,
                c -> assertThat(c.constructor().local()).isEqualTo("C:Shape"));
        assertThat(dict.binder().type().orElseThrow()).isInstanceOf(GhcType.ForAll.class);
    }

    /**
     * What the programs use from outside their own module and ghc-prim's GHC.Types, GHC.Prim,
     * GHC.Tuple: GHC.CString's unpackers and the few base functions GHC itself inserts
     * (docs/ghc-stg.md lists them as built-ins). A new one in a regenerated dump shows here.
     */
    @Test
    void outsideNamesAreTheDocumentedBuiltIns() throws Exception {
        Set<String> outside = new TreeSet<>();
        for (String program : GhcCorpus.programs()) {
            for (String level : List.of("O0", "O1")) {
                GhcDump dump = dump(level, program);
                List<GhcName> names = new ArrayList<>();
                for (GhcRhs r : rhss(dump)) {
                    if (r instanceof GhcRhs.Closure c) names.addAll(c.freeVars());
                    if (r instanceof GhcRhs.ConClosure c) names.addAll(atomNames(c.args()));
                }
                for (GhcExpr e : exprs(dump)) {
                    if (e instanceof GhcExpr.App a) {
                        names.add(a.function());
                        names.addAll(atomNames(a.args()));
                    }
                    if (e instanceof GhcExpr.ConApp c) names.addAll(atomNames(c.args()));
                    if (e instanceof GhcExpr.OpApp o) names.addAll(atomNames(o.args()));
                }
                names.stream().filter(n -> n.isQualified() && !n.module().equals(program)
                                && !List.of("GHC.Types", "GHC.Prim", "GHC.Tuple").contains(n.module()))
                        .forEach(n -> outside.add(n.text()));
            }
        }
        assertThat(outside).containsExactlyInAnyOrder("GHC.CString.unpackCString#", "GHC.CString.unpackAppendCString#",
                "GHC.CString.unpackFoldrCString#", "GHC.CString.unpackCStringUtf8#",
                "Control.Exception.Base.patError", "Control.Exception.Base.recSelError",
                "GHC.TopHandler.runMainIO", "GHC.TopHandler.runMainIO1",
                // BigLiterals: its literals beyond Int# and ghc-bignum's comparisons.
                "GHC.Num.BigNat.bigNatFromWordList#", "GHC.Num.Integer.integerCompare", "GHC.Num.Integer.integerEq",
                "GHC.Num.Integer.integerGe", "GHC.Num.Integer.integerLt");
    }

    private static List<GhcName> atomNames(List<GhcAtom> atoms) {
        return atoms.stream().filter(GhcAtom.Var.class::isInstance).map(a -> ((GhcAtom.Var) a).name()).toList();
    }
}
