package dev.stg.interp.difftest;

import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.print.Printer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator is itself tested: what it produces must pass the front end with the types it meant. */
class ProgramGeneratorTest {

    private static final int SEEDS = 1_000;

    @Test
    void everyGeneratedProgramPassesTheFrontEndWithItsIntendedBoxity() {
        List<String> problems = new ArrayList<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            GeneratedProgram generated = ProgramGenerator.generate(seed);
            try {
                List<String> wrong = Binders.boxityMismatches(generated, DifferentialRunner.check(generated.filled()));
                if (!wrong.isEmpty()) problems.add("seed " + seed + ": boxity differs from type for " + wrong);
            } catch (StaticErrorException e) {
                problems.add("seed " + seed + ": " + e.render() + "\n" + Printer.print(generated.filled()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aSeedDeterminesTheProgram() {
        assertThat(Printer.print(ProgramGenerator.generate(42).filled()))
                .isEqualTo(Printer.print(ProgramGenerator.generate(42).filled()))
                .isNotEqualTo(Printer.print(ProgramGenerator.generate(43).filled()));
    }

    @Test
    void programsUseEveryFeatureTheNestingPassRewrites() {
        String all = String.join("\n", LongStream.range(0, 200)
                .mapToObj(seed -> Printer.print(ProgramGenerator.generate(seed).filled())).toList());
        assertThat(all).contains("letrec", "=>", "\\ ->", "default ->", "Cons", "take 3#", "<=#", "-# ")
                .containsPattern("\\\\\\(\\w+ \\w+ \\w+ \\w+[ )]")
                .containsPattern("\\{ -?\\d+# ->");
    }
}
