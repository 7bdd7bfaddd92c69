package dev.stg.core.ghc;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Malformed dumps: the first error, where it is, and what was expected; never an exception. */
class GhcDumpErrorTest {

    static final String GOOD = """

            ==================== Final STG: ====================

            T.x :: GHC.Types.Int
            [GblId, Unf=OtherCon []] =
                CCS_DONT_CARE GHC.Types.I#! [5#];

            T.f :: GHC.Types.Int -> GHC.Types.Int
            [GblId, Arity=1, Unf=OtherCon []] =
                {} \\r [ds_s1]
                    case ds_s1 of {
                    GHC.Types.I# n_s2 [Occ=Once1] ->
                    case +# [n_s2 1#] of sat_s3 [Occ=Once1] {
                    __DEFAULT -> GHC.Types.I# [sat_s3];
                    };
                    };
            """;

    /** The rendered diagnostics of a text that must not parse. */
    static String errorOf(String text) {
        Diagnostics diags = new Diagnostics();
        Optional<GhcDump> dump = GhcDumpParser.parse(new SourceFile("t.dump-stg-final", text), diags);
        assertThat(dump).isEmpty();
        assertThat(diags.errors()).hasSize(1);
        return diags.render();
    }

    static String edited(String from, String to) {
        assertThat(GOOD).contains(from);
        return GOOD.replace(from, to);
    }

    @Test
    void theUneditedDumpParses() {
        Diagnostics diags = new Diagnostics();
        assertThat(GhcDumpParser.parse(new SourceFile("t", GOOD), diags)).isPresent();
        assertThat(diags.hasErrors()).isFalse();
    }

    @Test
    void truncatedInsideACase() {
        String text = GOOD.substring(0, GOOD.indexOf("of sat_s3"));
        assertThat(errorOf(text)).startsWith("t.dump-stg-final:13:27: error: unexpected end of file\n")
                .endsWith("  expected: 'of' after the scrutinee\n");
    }

    @Test
    void truncatedBeforeTheFinalSemicolon() {
        String text = GOOD.substring(0, GOOD.lastIndexOf(';'));
        assertThat(errorOf(text)).startsWith("t.dump-stg-final:16:10: error: unexpected end of file\n")
                .endsWith("  expected: ';' ending the binding of T.f\n");
    }

    @Test
    void editedUpdateFlag() {
        assertThat(errorOf(edited("\\r [ds_s1]", "\\x [ds_s1]"))).isEqualTo("""
                t.dump-stg-final:10:8: error: unexpected '\\'
                 10 |     {} \\x [ds_s1]
                    |        ^
                  expected: \\r, \\u or \\s before a closure's parameters
                """);
    }

    @Test
    void editedArrowInAnAlternative() {
        assertThat(errorOf(edited("__DEFAULT ->", "__DEFAULT =>"))).isEqualTo("""
                t.dump-stg-final:14:19: error: unexpected '=>'
                 14 |         __DEFAULT => GHC.Types.I# [sat_s3];
                    |                   ^^
                  expected: '->' after the pattern
                """);
    }

    @Test
    void missingSemicolonAfterAConstructorClosure() {
        assertThat(errorOf(edited("[5#];", "[5#]"))).startsWith("t.dump-stg-final:8:1: error: unexpected 'T.f'\n")
                .endsWith("  expected: ';' ending the binding of T.x\n");
    }

    @Test
    void bindersAfterADefaultPattern() {
        assertThat(errorOf(edited("__DEFAULT ->", "__DEFAULT x_s9 ->")))
                .startsWith("t.dump-stg-final:14:19: error: binders after a default pattern\n")
                .endsWith("  expected: '->'\n");
    }

    @Test
    void garbageInsteadOfADump() {
        assertThat(errorOf("hello, world\n")).isEqualTo("""
                t.dump-stg-final:1:1: error: unexpected 'hello'
                 1 | hello, world
                   | ^^^^^
                  expected: GHC's header '==================== Final STG: ===================='
                """);
    }

    @Test
    void anotherDumpsHeader() {
        assertThat(errorOf("==================== Tidy Core ====================\n"))
                .startsWith("t.dump-stg-final:1:1: error: unexpected header 'Tidy Core'\n");
    }

    @Test
    void strayCharacter() {
        assertThat(errorOf(edited("[5#]", "[5# ` ]"))).startsWith("t.dump-stg-final:6:37: error: unexpected character '`'\n")
                .endsWith("  expected: a token of GHC's STG dump\n");
    }

    @Test
    void intLiteralBeyond64Bits() {
        assertThat(errorOf(edited("[5#]", "[99999999999999999999#]")))
                .startsWith("t.dump-stg-final:6:34: error: literal '99999999999999999999#' does not fit in 64 bits\n");
    }

    @Test
    void unterminatedStringLiteral() {
        assertThat(errorOf(edited("[5#]", "[\"abc]"))).startsWith("t.dump-stg-final:6:34: error: unterminated string literal\n")
                .endsWith("  expected: a closing '\"#'\n");
    }

    @Test
    void unknownEscapeInACharLiteral() {
        assertThat(errorOf(edited("[5#]", "['\\q'#]"))).startsWith("t.dump-stg-final:6:35: error: unknown escape '\\q'\n");
    }

    @Test
    void unsupportedForeignCallForm() {
        assertThat(errorOf(edited("+# [n_s2 1#]", "__ffi_dyn_ccall_unsafe :: [n_s2]")))
                .startsWith("t.dump-stg-final:13:14: error: unsupported foreign call '__ffi_dyn_ccall_unsafe'\n")
                .endsWith("  expected: a static C call, __ffi_static_ccall_unsafe, _safe or _interruptible\n");
    }

    @Test
    void unclosedRecGroup() {
        String text = GOOD.replace("T.f ::", "Rec {\nT.f ::");
        assertThat(errorOf(text)).startsWith("t.dump-stg-final:18:1: error: unexpected end of file\n")
                .endsWith("  expected: 'end Rec }' closing the 'Rec {' at t.dump-stg-final:8:1\n");
    }

    @Test
    void constructorClosureOfAVariable() {
        assertThat(errorOf(edited("GHC.Types.I#! [5#]", "x_s1! [5#]")))
                .startsWith("t.dump-stg-final:6:19: error: 'x_s1' is not a constructor\n");
    }

    @Test
    void primopWithoutBrackets() {
        assertThat(errorOf(edited("+# [n_s2 1#]", "+# n_s2 1#"))).startsWith("t.dump-stg-final:13:14: error: unexpected '+#'\n")
                .endsWith("  expected: a primop's arguments in brackets, '+# [a b]'\n");
    }

    @Test
    void malformedArity() {
        assertThat(errorOf(edited("Arity=1,", "Arity=one,"))).startsWith("t.dump-stg-final:9:1: error: malformed arity in the id-info of T.f\n")
                .endsWith("  expected: Arity=n and JoinId(n) with a number n\n");
    }

    @Test
    void idInfoWithoutGblIdOrLclId() {
        assertThat(errorOf(edited("[GblId, Arity=1", "[GblIdX, Arity=1")))
                .startsWith("t.dump-stg-final:9:1: error: id-info of T.f starts with 'GblIdX'\n")
                .endsWith("  expected: GblId or LclId first\n");
    }

    /** Random damage to real dumps (a character dropped, changed or inserted, the tail cut) never throws. */
    @Test
    void randomDamageGivesATreeOrAPositionedError() throws java.io.IOException {
        java.util.Random random = new java.util.Random(11);
        String alphabet = "{}[]()#;,=\\\"'ru:.!%-_aZ0 \n";
        for (java.nio.file.Path path : GhcCorpus.dumps().subList(0, 8)) {
            String text = java.nio.file.Files.readString(path);
            for (int i = 0; i < 60; i++) {
                int at = random.nextInt(text.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                String damaged = switch (i % 4) {
                    case 0 -> text.substring(0, at) + text.substring(at + 1);
                    case 1 -> text.substring(0, at) + c + text.substring(at + 1);
                    case 2 -> text.substring(0, at) + c + text.substring(at);
                    default -> text.substring(0, at);
                };
                Diagnostics diags = new Diagnostics();
                Optional<GhcDump> dump = GhcDumpParser.parse(new SourceFile("d", damaged), diags);
                assertThat(dump.isPresent() != diags.hasErrors()).isTrue();
                diags.errors().forEach(d -> assertThat(d.span().isKnown()).isTrue());
            }
        }
    }
}
