package dev.stg.interp.repl;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When Enter ends an input and when the input goes on on the next line. */
class InputCompletenessTest {

    @Test
    void aLineWithBalancedBracketsIsWhole() {
        assertThat(ReplSession.isComplete("main")).isTrue();
        assertThat(ReplSession.isComplete("f = \\(x) y -> case y of { A -> x }")).isTrue();
        assertThat(ReplSession.isComplete("")).isTrue();
    }

    @Test
    void anOpenBracketContinues() {
        assertThat(ReplSession.isComplete("f = \\x -> case x of {")).isFalse();
        assertThat(ReplSession.isComplete("f = \\(x")).isFalse();
        assertThat(ReplSession.isComplete("f = \\x -> case x of {\n  A -> x }")).isTrue();
    }

    @Test
    void aTrailingArrowEqualsInOrOfContinues() {
        assertThat(ReplSession.isComplete("f =")).isFalse();
        assertThat(ReplSession.isComplete("f = \\x ->")).isFalse();
        assertThat(ReplSession.isComplete("t = \\ =>")).isFalse();
        assertThat(ReplSession.isComplete("let x = \\ -> A in")).isFalse();
        assertThat(ReplSession.isComplete("case x of")).isFalse();
        assertThat(ReplSession.isComplete("main -- a comment ending in of")).isTrue();
        assertThat(ReplSession.isComplete("f = \\ -> coin")).isTrue();
    }

    @Test
    void anOpenBlockCommentContinues() {
        assertThat(ReplSession.isComplete("{- a comment")).isFalse();
        assertThat(ReplSession.isComplete("{- a comment { -} main")).isTrue();
    }

    @Test
    void commandsAreAlwaysOneLine() {
        assertThat(ReplSession.isComplete(":trace case x of")).isTrue();
    }
}
