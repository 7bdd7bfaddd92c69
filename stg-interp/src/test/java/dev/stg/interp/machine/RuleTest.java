package dev.stg.interp.machine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule says why it fires, in one line: :help rules and the step view print it. */
class RuleTest {

    @Test
    void everyRuleHasAOneLineDescriptionOfItsOwn() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.description).as(rule.name()).isNotBlank().doesNotContain("\n").hasSizeLessThan(100);
        }
        assertThat(java.util.Arrays.stream(Rule.values()).map(r -> r.description).distinct().count())
                .isEqualTo(Rule.values().length);
    }
}
