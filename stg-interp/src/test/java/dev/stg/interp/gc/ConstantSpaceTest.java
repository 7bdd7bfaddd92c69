package dev.stg.interp.gc;

import dev.stg.core.Frontend;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.run.ProgramRunner;
import dev.stg.interp.samples.Sample;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lazily produced list consumed by a strict accumulator runs in constant space: the
 * collector frees the consumed prefix (updated thunks are short-circuited, frames hold only
 * live variables), so the maximum residency does not grow with the list's length.
 */
class ConstantSpaceTest {

    private static ProgramRunner.Outcome sumStream(long length) {
        Sample sample = Sample.named("bench/sumstream.stg");
        String text = sample.source().text().replace("Int# 3000000#", "Int# " + length + "#");
        assertThat(text).contains("Int# " + length + "#");
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(
                Frontend.load(List.of(new SourceFile(sample.file().toString(), text)), Optional.empty()),
                ProgramRunner.Settings.defaults());
        assertThat(outcome.output()).isEqualTo("Int# " + length * (length + 1) / 2 + "#");
        return outcome;
    }

    @Test
    void sumStreamResidencyIsIndependentOfTheLength() {
        ProgramRunner.Outcome short_ = sumStream(300_000);
        ProgramRunner.Outcome long_ = sumStream(3_000_000);
        assertThat(long_.stats().gcCount).as("collections during the long run").isGreaterThan(10);
        assertThat(long_.stats().maxResidencyWords).isLessThanOrEqualTo(short_.stats().maxResidencyWords + 64);
        assertThat(long_.stats().maxResidencyWords).isLessThan(1_000);
    }
}
