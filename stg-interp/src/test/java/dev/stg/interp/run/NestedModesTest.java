package dev.stg.interp.run;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.parse.Dialect;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.stats.Stats;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every closure mode gives the same answers as flat; nesting stores fewer free-variable words. */
class NestedModesTest {

    private static final Path SAMPLES = Path.of(System.getProperty("stg.root", ".."), "samples");

    private static final List<NestingOptions> MODES = List.of(
            NestingOptions.of(ClosureMode.NESTED),
            NestingOptions.of(ClosureMode.NESTED_PARTIAL),
            NestingOptions.of(ClosureMode.NESTED).withThreshold(0).withThunkParents(true),
            NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThreshold(0).withThunkParents(true));

    private static List<Path> nativeSamples() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".stg"))
                    .filter(p -> !p.startsWith(SAMPLES.resolve("bench")))
                    .filter(p -> !Files.exists(Path.of(p.toString().replace(".stg", ".err"))))
                    .filter(p -> Dialect.detect(read(p).text()) == Dialect.NATIVE)
                    .sorted().toList();
        }
    }

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

    @TestFactory
    List<DynamicTest> everyNativeSampleRunsToTheSameOutputInEveryMode() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : nativeSamples()) {
            String flat = run(sample, NestingOptions.of(ClosureMode.FLAT)).output();
            for (NestingOptions options : MODES) {
                tests.add(DynamicTest.dynamicTest(SAMPLES.relativize(sample) + " " + options, () ->
                        assertThat(run(sample, options).output()).isEqualTo(flat)));
            }
        }
        return tests;
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
