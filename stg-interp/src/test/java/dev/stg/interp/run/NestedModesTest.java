package dev.stg.interp.run;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.stats.Stats;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Nesting stores fewer free-variable words (every mode's outputs are checked by SampleGoldenTest). */
class NestedModesTest {

    private static final Path SAMPLES = Path.of(System.getProperty("stg.root", ".."), "samples");

    private static SourceFile read(Path path) {
        try {
            return SourceFile.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProgramRunner.Outcome run(Path sample, NestingOptions options) {
        SourceFile source = read(sample);
        CheckedProgram flat = Frontend.load(List.of(source), Optional.empty());
        CheckedProgram nested = Nesting.rewrite(flat, options, List.of(source), Frontend.Main.REQUIRED);
        return ProgramRunner.runMain(nested, ProgramRunner.Settings.defaults());
    }

    @Test
    void nestedF50StoresFarFewerFreeVariableWordsThanFlat() {
        Path f50 = SAMPLES.resolve("nested/f50.stg");
        Stats flat = run(f50, NestingOptions.of(ClosureMode.FLAT)).stats();
        Stats nested = run(f50, NestingOptions.of(ClosureMode.NESTED)).stats();
        assertThat(flat.parentHops).isZero();
        assertThat(nested.parentHops).isPositive();
        assertThat(nested.fvStores).isLessThan(flat.fvStores / 4);
        assertThat(nested.allocWords).isLessThan(flat.allocWords / 2);
    }
}
