package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How GHC's names are spelled in the program and in printed values. */
class GhcNamesTest {

    @Test
    void aPrintedConstructorIsUnqualifiedAndAnOperatorIsParenthesised() {
        assertThat(GhcNames.display("GHC.Types.I#")).isEqualTo("I#");
        assertThat(GhcNames.display("TagToEnum.Blue")).isEqualTo("Blue");
        assertThat(GhcNames.display("A.B.Cons")).isEqualTo("Cons");
        assertThat(GhcNames.display(":")).isEqualTo("(:)");
        assertThat(GhcNames.display("T.:+:")).isEqualTo("(:+:)");
        assertThat(GhcNames.display("T.C:Shape")).isEqualTo("C:Shape");
        assertThat(GhcNames.display("[]")).isEqualTo("[]");
        assertThat(GhcNames.display("(,)")).isEqualTo("(,)");
        assertThat(GhcNames.display("()")).isEqualTo("()");
    }

    @Test
    void builtInSyntaxIsUnqualifiedAndAConstructorUsedAsAValueIsAVariable() {
        assertThat(GhcNames.name(new GhcName("GHC.Types", "[]", Span.NONE))).isEqualTo("[]");
        assertThat(GhcNames.name(new GhcName("GHC.Tuple", "()", Span.NONE))).isEqualTo("()");
        assertThat(GhcNames.name(new GhcName("T", "$wgo", Span.NONE))).isEqualTo("T.$wgo");
        assertThat(GhcNames.variable(new GhcName("GHC.Tuple", "()", Span.NONE))).isEqualTo("$con()");
        assertThat(GhcNames.variable(new GhcName("TagToEnum", "Red", Span.NONE))).isEqualTo("TagToEnum.$conRed");
        assertThat(GhcNames.variable(new GhcName("", "sat_s34R", Span.NONE))).isEqualTo("sat_s34R");
    }

    @Test
    void uniquesOrderNamesByWhenGhcMadeThem() {
        assertThat(GhcNames.unique("ipv_svc")).isLessThan(GhcNames.unique("ipv1_svd"));
        assertThat(GhcNames.unique("a_s9")).isLessThan(GhcNames.unique("b_sa")).isLessThan(GhcNames.unique("c_sA"));
        assertThat(GhcNames.unique("noUnique")).isEqualTo(-1);
    }

    @Test
    void theModuleOfAQualifiedName() {
        assertThat(GhcNames.module("GHC.Classes.$fEq(,,,)")).isEqualTo("GHC.Classes");
        assertThat(GhcNames.module("GHC.Base..")).isEqualTo("GHC.Base");
        assertThat(GhcNames.module("GHC.Base.>>=")).isEqualTo("GHC.Base");
        assertThat(GhcNames.module("sat_s3")).isEmpty();
        assertThat(GhcNames.module(".:_s12")).isEmpty();
    }
}
