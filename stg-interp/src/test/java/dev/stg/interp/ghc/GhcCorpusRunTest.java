package dev.stg.interp.ghc;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.ghc.GhcLink;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value program of samples/ghc, imported from its committed dumps at -O0 and -O1, prints
 * what GHC's native build printed (X.out), in every closure mode, with and without GC stress.
 * The IO programs (HelloIO, EchoIO) write through putchar and RaiseError fails: the CLI tests
 * run those.
 *
 * <p>GC stress is a collection at every allocation for the programs that allocate at most
 * {@link #STRESS_EVERY_ALLOCATION_WORDS} words; it costs O(live data) per allocation, so the
 * few programs that allocate millions of words (DeepRecursion, Interpreter, Primes) are stressed
 * as the benchmark samples are: a 4096-word first heap with the sanity checker after each of the
 * frequent collections (at least ten: a deep recursion grows the heap with its live data),
 * which still land at arbitrary points of the run.
 */
class GhcCorpusRunTest {

    static final List<NestingOptions> MODES = List.of(
            NestingOptions.of(ClosureMode.FLAT),
            NestingOptions.of(ClosureMode.NESTED),
            NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThreshold(0).withThunkParents(true),
            NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThreshold(0).withThunkParents(true).withSiblings(true));

    static Path corpus() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path ghc = dir.resolve("samples").resolve("ghc");
            if (Files.isDirectory(ghc) && Files.isRegularFile(dir.resolve("pom.xml"))) return ghc;
        }
        throw new IllegalStateException("samples/ghc not found above " + Path.of("").toAbsolutePath());
    }

    /** The value programs: those with an X.out whose source has no IO main. */
    static List<String> valuePrograms() {
        try (Stream<Path> files = Files.list(corpus())) {
            List<String> out = new ArrayList<>();
            for (Path hs : files.filter(p -> p.toString().endsWith(".hs")).sorted().toList()) {
                String name = hs.getFileName().toString().replace(".hs", "");
                boolean io = Files.readString(hs).lines().anyMatch(l -> l.startsWith("main ::"));
                if (!io && Files.isRegularFile(corpus().resolve(name + ".out"))) out.add(name);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyValueProgramAtBothLevelsInEveryModeWithAndWithoutGcStress() {
        List<String> programs = valuePrograms();
        assertThat(programs).hasSizeGreaterThanOrEqualTo(24);
        return programs.stream().flatMap(program -> Stream.of("O0", "O1").flatMap(level -> MODES.stream()
                .flatMap(mode -> Stream.of(false, true).map(stress -> DynamicTest.dynamicTest(
                        program + " " + level + " " + mode.mode().cliName() + (mode.siblings() ? " siblings" : "") + (stress ? " gc-stress" : ""),
                        () -> check(program, level, mode, stress))))));
    }

    static final long STRESS_EVERY_ALLOCATION_WORDS = 200_000;

    static void check(String program, String level, NestingOptions mode, boolean gcStress) throws IOException {
        Path dump = corpus().resolve(level).resolve(program + ".dump-stg-final");
        List<SourceFile> sources = List.of(new SourceFile(dump.getFileName().toString(), Files.readString(dump)));
        CheckedProgram flat = Frontend.loadGhc(sources, new GhcLink.Entry.Value(program + ".result"));
        CheckedProgram nested = Nesting.rewrite(flat, mode, sources, Frontend.Main.REQUIRED);
        MachineOptions machine = MachineOptions.defaults().withMaxSteps(2_000_000_000L).withStackMax(1 << 24);
        ProgramRunner.Outcome outcome = run(program, nested, machine);
        if (gcStress) {
            boolean small = outcome.stats().allocWords <= STRESS_EVERY_ALLOCATION_WORDS;
            outcome = run(program, nested, small ? machine.withGcStress(true)
                    : machine.withHeap(4096, machine.heapMaxWords()).withHeapChecks(true));
            if (!small) assertThat(outcome.stats().gcCount).as("collections").isGreaterThanOrEqualTo(10);
        }
    }

    static ProgramRunner.Outcome run(String program, CheckedProgram nested, MachineOptions machine) throws IOException {
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(nested, ProgramRunner.Settings.defaults().withMachine(machine));
        assertThat(outcome.fault()).as("fault").isNull();
        assertThat(outcome.output()).isEqualTo(Files.readString(corpus().resolve(program + ".out")).strip());
        return outcome;
    }
}
