package dev.stg.core.parse;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Dialect detection: ministg's heap-object keywords outside comments, found in one pass. */
class DialectTest {

    @Test
    void aHeapObjectKeywordOutsideCommentsMeansMinistgAndSaysWhere() {
        assertThat(Dialect.ministgEvidence("main = \\ -> ERROR;"))
                .contains(new Dialect.Evidence("ERROR", 1, 13));
        assertThat(Dialect.ministgEvidence("-- FUN(x)\n{- THUNK( -}\n  # CON(\nf = FUN (x -> x);"))
                .contains(new Dialect.Evidence("FUN", 4, 5));
        assertThat(Dialect.detect("main = \\ -> FUNNY (x);\nerr = \\ -> ERRORS;\nx = \\ -> Cons ERROR_1;"))
                .isEqualTo(Dialect.NATIVE);
        assertThat(Dialect.detect("f = \\ -> A; -- ERROR\n{- PAP( -} g = \\ -> B # ERROR")).isEqualTo(Dialect.MINISTG);
    }

    @Test
    void anUnclosedBlockCommentRunsToTheEndOfTheText() {
        assertThat(Dialect.ministgEvidence("main = \\ -> A; {- ERROR")).isEqualTo(Optional.empty());
    }

    /** Once quadratic (regular expressions): 40,000 blank lines took 50 s, 100,000 '{-' minutes. */
    @Test
    void largeAndDamagedTextsAreScannedOnce() {
        assertThat(Dialect.ministgEvidence("\n".repeat(400_000) + "main = THUNK(x);"))
                .contains(new Dialect.Evidence("THUNK", 400_001, 8));
        assertThat(Dialect.detect("{-".repeat(1_000_000) + "\nmain = \\ -> ERROR;")).isEqualTo(Dialect.NATIVE);
        assertThat(Dialect.detect(" \n#".repeat(500_000) + "\nmain = CON(A);")).isEqualTo(Dialect.MINISTG);
        assertThat(Dialect.detect("FUN ".repeat(500_000))).isEqualTo(Dialect.NATIVE);
        String errors = Parsing.nativeErrors("{-".repeat(100_000) + "\nmain = \\ -> A;");
        assertThat(errors).startsWith("test.stg:1:1: error: unterminated block comment\n");
    }
}
