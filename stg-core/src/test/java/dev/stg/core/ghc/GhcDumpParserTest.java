package dev.stg.core.ghc;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.io.InputFile;
import dev.stg.core.syntax.SourceFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class GhcDumpParserTest {

    static GhcDump parseFile(Path path) throws InputFile.Unreadable {
        Diagnostics diags = new Diagnostics();
        Optional<GhcDump> dump = GhcDumpParser.parse(InputFile.source(path), diags);
        assertThat(diags.render()).isEmpty();
        assertThat(dump).isPresent();
        return dump.get();
    }

    @TestFactory
    Stream<DynamicTest> everyCommittedDumpParses() {
        return GhcCorpus.dumps().stream().map(p -> DynamicTest.dynamicTest(p.getParent().getFileName() + "/" + p.getFileName(),
                () -> assertThat(parseFile(p).groups()).isNotEmpty()));
    }

    @Test
    void dumpsAreRecognisedByGhcsHeader() throws IOException {
        for (Path p : GhcCorpus.dumps()) assertThat(GhcDumpParser.isDump(java.nio.file.Files.readString(p))).as(p.toString()).isTrue();
        assertThat(GhcDumpParser.isDump("\n==================== Tidy Core ====================\n")).isFalse();
        assertThat(GhcDumpParser.isDump("main = \\ -> 42#;\n")).isFalse();
        assertThat(GhcDumpParser.isDump("")).isFalse();
    }

    /** nofib's rewrite defines the operator ##: "(##_rP4)" is its binder, not an unboxed tuple opening. */
    @Test
    void anOperatorOfHashesInParenthesesIsAName() {
        String text = """
                ==================== Final STG: ====================
                (##_rP4)
                  :: forall {t}. (t -> t) -> t -> t
                [GblId, Arity=2, Unf=OtherCon []] =
                    {} \\r [f_s1 x_s2] f_s1 x_s2;

                T.y :: (# GHC.Types.Int, GHC.Types.Int #) -> GHC.Types.Int
                [GblId] =
                    {} \\u [] GHC.Base.foldr ##_rP4 T.z;
                """;
        Diagnostics diags = new Diagnostics();
        GhcDump dump = GhcDumpParser.parse(new SourceFile("t", text), diags).orElseThrow();
        assertThat(diags.render()).isEmpty();
        assertThat(dump.binding("##_rP4")).isPresent();
    }

    @Test
    void literalsOfEveryPrimitiveType() {
        String text = """
                ==================== Final STG: ====================
                T.x :: T.Lits
                [GblId] =
                    CCS_DONT_CARE T.Lits! [5# -5# 18446744073709551615## 'a'# '\\n'# '\\DEL'# 2.5## -7.5e-3## 2.5# "a\\\\195\\
                    \\b\\""#];
                """;
        Diagnostics diags = new Diagnostics();
        GhcRhs.ConClosure c = (GhcRhs.ConClosure) GhcDumpParser.parse(new SourceFile("t", text), diags).orElseThrow()
                .binding("T.x").orElseThrow().rhs();
        assertThat(c.args()).extracting(a -> ((GhcAtom.Lit) a).literal()).satisfiesExactly(
                l -> assertThat(l).isEqualTo(new GhcLiteral.IntLit(5, l.span())),
                l -> assertThat(l).isEqualTo(new GhcLiteral.IntLit(-5, l.span())),
                l -> assertThat(l).isEqualTo(new GhcLiteral.WordLit(-1L, l.span())),
                l -> assertThat(l).isEqualTo(new GhcLiteral.CharLit('a', l.span())),
                l -> assertThat(l).isEqualTo(new GhcLiteral.CharLit('\n', l.span())),
                l -> assertThat(l).isEqualTo(new GhcLiteral.CharLit(127, l.span())),
                l -> assertThat(l).isEqualTo(new GhcLiteral.DoubleLit(2.5, l.span())),
                l -> assertThat(l).isEqualTo(new GhcLiteral.DoubleLit(-7.5e-3, l.span())),
                l -> assertThat(l).isEqualTo(new GhcLiteral.FloatLit(2.5f, l.span())),
                l -> assertThat(((GhcLiteral.StringLit) l).bytes()).containsExactly('a', 195, 'b', '"'));
    }
}
