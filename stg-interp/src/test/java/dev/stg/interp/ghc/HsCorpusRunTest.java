package dev.stg.interp.ghc;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.diag.Diagnostics;
import dev.stg.core.ghc.GhcDump;
import dev.stg.core.ghc.GhcDumpParser;
import dev.stg.core.ghc.GhcLink;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every ordinary Haskell program of samples/hs, from its committed dumps with the library's
 * dumps of the same level (samples/hs/lib/O0, O1) and the built-ins, prints what GHC's native
 * build with base printed (X.out) and exits alike (X.exit), reading X.in and given X.args,
 * in the closure modes of MODES, with and without GC stress (below). The library is read once per level; each
 * program is imported and checked once per level and nested once per mode.
 */
class HsCorpusRunTest {

    /**
     * "GC stress" as BenchUnderGcStressTest has it: a collection at every allocation costs
     * O(live data) each, hours for these programs with the library's data live; a 4096-word
     * first heap collects every few thousand words instead, with the sanity checker after each.
     */
    private static final int STRESS_HEAP_WORDS = 4096;
    /** Flat, nested, and nested-partial with thunk parents at threshold 0 (siblings: GhcCorpusRunTest). */
    private static final List<NestingOptions> MODES = GhcCorpusRunTest.MODES.subList(0, 3);
    private static final Map<String, List<GhcDump>> LIBRARY = new ConcurrentHashMap<>();

    static Path corpus() {
        return GhcCorpusRunTest.corpus().resolveSibling("hs");
    }

    static List<String> programs() {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".hs"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GhcDump> library(String level) {
        return LIBRARY.computeIfAbsent(level, l -> {
            try (Stream<Path> files = Files.list(corpus().resolve("lib").resolve(l))) {
                List<GhcDump> dumps = new ArrayList<>();
                for (Path p : files.filter(f -> f.toString().endsWith(".dump-stg-final")).sorted().toList()) dumps.add(read(p));
                return dumps;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static GhcDump read(Path dump) throws IOException {
        Diagnostics diags = new Diagnostics();
        SourceFile source = new SourceFile(corpus().getParent().getParent().relativize(dump).toString(), Files.readString(dump));
        GhcDump parsed = GhcDumpParser.parse(source, diags).orElse(null);
        assertThat(diags.render()).as(dump.toString()).isEmpty();
        return parsed;
    }

    @TestFactory
    Stream<DynamicNode> everyProgramAtBothLevelsInEveryModeWithAndWithoutGcStress() {
        List<String> programs = programs();
        assertThat(programs).hasSizeGreaterThanOrEqualTo(19);
        return Stream.of("O0", "O1").map(level -> DynamicContainer.dynamicContainer(level,
                programs.stream().map(program -> DynamicContainer.dynamicContainer(program, cases(program, level)))));
    }

    private static Stream<DynamicNode> cases(String program, String level) {
        CheckedProgram[] flat = new CheckedProgram[1];
        return MODES.stream().flatMap(mode -> Stream.of(false, true).map(stress -> DynamicTest.dynamicTest(
                mode.mode().cliName() + (stress ? " gc-stress" : ""), () -> {
                    if (flat[0] == null) {
                        List<GhcDump> dumps = new ArrayList<>(library(level));
                        dumps.add(read(corpus().resolve(level).resolve(program + ".dump-stg-final")));
                        flat[0] = Frontend.loadGhcDumps(dumps, new GhcLink.Entry.Io());
                    }
                    check(program, flat[0], mode, stress);
                })));
    }

    private static void check(String program, CheckedProgram flat, NestingOptions mode, boolean gcStress) throws IOException {
        CheckedProgram nested = Nesting.rewrite(flat, mode, List.of(), Frontend.Main.REQUIRED);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        MachineOptions machine = MachineOptions.defaults().withMaxSteps(2_000_000_000L).withStackMax(1 << 24)
                .withIO(new ByteArrayInputStream(optional(program + ".in")), stdout)
                .withProgram(arguments(program), corpus());
        if (gcStress) machine = machine.withHeap(STRESS_HEAP_WORDS, machine.heapMaxWords()).withHeapChecks(true);
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(nested, ProgramRunner.Settings.defaults().withMachine(machine));
        byte[] status = optional(program + ".exit");
        int expectedStatus = status.length == 0 ? 0 : Integer.parseInt(new String(status).strip());
        assertThat(stdout.toString()).as("stdout of " + program + (outcome.fault() == null ? "" : ", fault " + outcome.fault().getMessage()))
                .isEqualTo(Files.readString(corpus().resolve(program + ".out")));
        assertThat(outcome.exitStatus()).as("exit status of " + program).isEqualTo(expectedStatus);
    }

    private static byte[] optional(String file) throws IOException {
        Path p = corpus().resolve(file);
        return Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0];
    }

    private static List<String> arguments(String program) throws IOException {
        String line = new String(optional(program + ".args")).strip();
        return line.isEmpty() ? List.of() : Arrays.asList(line.split("\\s+"));
    }
}
