package dev.stg.bench;

import dev.stg.core.io.InputFile;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.code.CompiledProgram;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.GhcCompiler;
import dev.stg.interp.run.HaskellLibrary;
import dev.stg.interp.run.ProgramRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * nofib's imaginary programs (github.com/ghc/nofib, never part of this repository) from the
 * checkout that the environment variable NOFIB_DIR names, with the small inputs of
 * bench/nofib-inputs.txt, built as {@code stg ghc} builds them (GHC on the project's library,
 * {@link GhcCompiler#dumps}) and checked in setup against GHC's native build with base.
 * Without NOFIB_DIR every setup fails saying so: nothing is measured silently.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NofibBench {

    static final String ENVIRONMENT = "NOFIB_DIR";

    /**
     * The programs of bench/nofib-inputs.txt that the library carries: kahan (mutable unboxed
     * arrays) does not build against it (docs/prelude-hs.md), and fails in setup when asked for.
     */
    @Param({"bernouilli", "digits-of-e1", "digits-of-e2", "exp3_8", "gen_regexps", "integrate", "paraffins",
            "primes", "queens", "rfib", "tak", "wheel-sieve1", "wheel-sieve2", "x2n1"})
    public String program;

    @Param({"flat", "nested", "nested-partial"})
    public String closures;

    /** GHC's optimisation level for the program (the library is built at the same level). */
    @Param({"O1"})
    public String level;

    private Path work;
    private CompiledProgram compiled;
    private ProgramRunner.Settings settings;

    @Setup
    public void build() throws IOException, InterruptedException {
        Path imaginary = checkout(System.getenv(ENVIRONMENT)).resolve("imaginary");
        List<String> args = inputs().get(program);
        if (args == null) throw new IllegalArgumentException("bench/nofib-inputs.txt has no input for " + program);
        if (!level.equals("O0") && !level.equals("O1")) throw new IllegalArgumentException("level is O0 or O1, not " + level);
        work = Files.createTempDirectory("nofib-" + program);
        Path main = prepare(imaginary.resolve(program), imaginary.resolveSibling("common"), work);
        String expected = nativeOutput(work, main, args);
        List<SourceFile> dumps;
        try {
            dumps = GhcCompiler.dumps("ghc", List.of(main), level.equals("O0") ? 0 : 1, List.of(), null,
                    notice -> System.err.println("NofibBench: " + notice));
        } catch (GhcCompiler.Failure | InputFile.Unreadable e) {
            throw new IllegalStateException(program + ": " + e.getMessage(), e);
        }
        compiled = BenchProgram.compileGhc(dumps, closures, AccessStrategy.LAZY);
        settings = ProgramRunner.Settings.defaults().withMachine(MachineOptions.defaults().withProgram(args, work));
        String output = run(new MachineCounters());
        if (!output.equals(expected)) {
            throw new IllegalStateException(program + " in " + closures + " mode printed\n" + output
                    + "\nwhere GHC's native build printed\n" + expected);
        }
    }

    @TearDown
    public void clean() {
        if (work != null) HaskellLibrary.delete(work);
    }

    @Benchmark
    public String run(MachineCounters counters) {
        return Runs.runIo(compiled, settings, counters);
    }

    /** The checkout NOFIB_DIR names, or a failure that says what to set. */
    static Path checkout(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("NofibBench runs nofib's programs from a checkout of github.com/ghc/nofib: "
                    + "set " + ENVIRONMENT + " to its folder (the one holding imaginary/); see stg-bench/README.md");
        }
        Path dir = Path.of(value);
        if (!Files.isDirectory(dir.resolve("imaginary"))) {
            throw new IllegalStateException(ENVIRONMENT + "=" + value + " has no imaginary/ folder: it must name a checkout of github.com/ghc/nofib");
        }
        return dir;
    }

    /** bench/nofib-inputs.txt: each program's arguments, in the file's order. */
    static Map<String, List<String>> inputs() {
        Map<String, List<String>> inputs = new LinkedHashMap<>();
        for (String line : BenchProgram.resource("/bench/nofib-inputs.txt").split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words[0].isEmpty() || words[0].startsWith("#")) continue;
            inputs.put(words[0], List.of(Arrays.copyOfRange(words, 1, words.length)));
        }
        return inputs;
    }

    /**
     * Copies the program's sources (and common/NofibUtils.hs) into {@code work} and, as
     * bench/nofib.sh does, makes a hard-coded repetition (replicateM_ 500, forM_ [1..100]) one pass.
     *
     * @return the main module's file
     */
    static Path prepare(Path source, Path common, Path work) throws IOException {
        if (!Files.isDirectory(source)) throw new IllegalArgumentException("no nofib program " + source);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(source)) {
            list.filter(p -> p.toString().endsWith(".hs") || p.toString().endsWith(".lhs")).forEach(files::add);
        }
        if (Files.exists(common.resolve("NofibUtils.hs"))) files.add(common.resolve("NofibUtils.hs"));
        Path main = null;
        for (Path f : files) {
            Path copy = work.resolve(f.getFileName());
            Files.copy(f, copy, StandardCopyOption.REPLACE_EXISTING);
            if (copy.getFileName().toString().matches("Main\\.l?hs")) main = copy;
        }
        if (main == null) throw new IllegalArgumentException(source + " has no Main.hs or Main.lhs");
        String text = Files.readString(main, StandardCharsets.UTF_8)
                .replaceFirst("replicateM_ [0-9]+", "replicateM_ 1")
                .replaceFirst("forM_ \\[1 *\\.\\. *[0-9]+\\]", "forM_ [1..1]");
        Files.writeString(main, text, StandardCharsets.UTF_8);
        return main;
    }

    /** What GHC's native -O1 build with base prints: the reference. */
    private String nativeOutput(Path work, Path main, List<String> args) throws IOException, InterruptedException {
        execute(work, "native-build", List.of("ghc", "-O1", "-v0", "-outputdir", "native-obj", "-o", "native",
                main.getFileName().toString()));
        List<String> command = new ArrayList<>(List.of("./native"));
        command.addAll(args);
        return execute(work, "native", command);
    }

    /** Runs a command in {@code dir}; returns its stdout, or fails quoting its stderr. */
    private String execute(Path dir, String name, List<String> command) throws IOException, InterruptedException {
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + " for " + program
                    + ": NofibBench needs GHC 9.0.2 on PATH (apt-get install ghc)", e);
        }
        int status = p.waitFor();
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed for " + program + " (exit status " + status
                    + "):\n" + Files.readString(err, StandardCharsets.UTF_8).strip());
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
