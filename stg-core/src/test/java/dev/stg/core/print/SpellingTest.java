package dev.stg.core.print;

import dev.stg.core.syntax.Rep;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Literals as GHC's dumps and Haskell's show spell them. */
class SpellingTest {

    @Test
    void doublesAsHaskellShowsThem() {
        assertThat(Spelling.showDouble(7.5e-3)).isEqualTo("7.5e-3");
        assertThat(Spelling.showDouble(1.0)).isEqualTo("1.0");
        assertThat(Spelling.showDouble(-2.5)).isEqualTo("-2.5");
        assertThat(Spelling.showDouble(1.0e7)).isEqualTo("1.0e7");
        assertThat(Spelling.showDouble(1234567.0)).isEqualTo("1234567.0");
        assertThat(Spelling.showDouble(0.1)).isEqualTo("0.1");
        assertThat(Spelling.showDouble(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Spelling.showDouble(123.456)).isEqualTo("123.456");
        assertThat(Spelling.showDouble(5.0e-324)).isEqualTo("5.0e-324");
        assertThat(Spelling.showDouble(0.0)).isEqualTo("0.0");
        assertThat(Spelling.showDouble(-0.0)).isEqualTo("-0.0");
        assertThat(Spelling.showDouble(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }

    @Test
    void floatsWithFloatPrecision() {
        assertThat(Spelling.showFloat(0.1f)).isEqualTo("0.1");
        assertThat(Spelling.showFloat(1.0f / 3)).isEqualTo("0.33333334");
        assertThat(Spelling.showFloat(1.0e-2f)).isEqualTo("1.0e-2");
    }

    @Test
    void charactersAsHaskellShowsThem() {
        assertThat(Spelling.literal(Rep.CHAR, 'a')).isEqualTo("'a'#");
        assertThat(Spelling.literal(Rep.CHAR, '\n')).isEqualTo("'\\n'#");
        assertThat(Spelling.literal(Rep.CHAR, 955)).isEqualTo("'\\955'#");
        assertThat(Spelling.literal(Rep.CHAR, '\'')).isEqualTo("'\\''#");
        assertThat(Spelling.literal(Rep.CHAR, 1)).isEqualTo("'\\SOH'#");
        assertThat(Spelling.literal(Rep.WORD, -1)).isEqualTo("18446744073709551615##");
        assertThat(Spelling.literal(Rep.DOUBLE, Double.doubleToRawLongBits(2.5))).isEqualTo("2.5##");
    }

    @Test
    void namesThatDoNotLexPlainlyAreBackquoted() {
        assertThat(Spelling.name("$wgo")).isEqualTo("$wgo");
        assertThat(Spelling.name("GHC.Types.I#")).isEqualTo("GHC.Types.I#");
        assertThat(Spelling.name("StateMonad.>>=")).isEqualTo("`StateMonad.>>=`");
        assertThat(Spelling.name("quotInt#")).isEqualTo("`quotInt#`");
        assertThat(Spelling.name("case")).isEqualTo("`case`");
        assertThat(Spelling.name("(,)")).isEqualTo("(,)");
        assertThat(Spelling.isConstructor("GHC.Types.:")).isTrue();
        assertThat(Spelling.isConstructor("GHC.Types.isTrue#")).isFalse();
    }
}
