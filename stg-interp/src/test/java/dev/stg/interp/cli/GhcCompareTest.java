package dev.stg.interp.cli;

import dev.stg.interp.samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stg ghc --compare} without GHC: a stand-in script "compiles" the library and the
 * program by copying their committed dumps (samples/hs), so the comparison of the program
 * stg ghc imports must count exactly what {@code stg compare} counts on those dumps.
 */
class GhcCompareTest {

    @TempDir
    Path dir;

    /**
     * The stand-in, also called as gcc, ar and ghc-pkg (lib/hs/build.sh runs them from the
     * stand-in's folder, first on PATH): the library's dumps and the program's are copied where
     * GHC would write them.
     */
    private static final String FAKE_GHC = """
            #!/usr/bin/env bash
            case "$(basename "$0")" in gcc|ar|ghc-pkg) exit 0;; esac
            case "$1" in --numeric-version) echo 9.0.2; exit 0;; --print-libdir) echo /nonexistent; exit 0;; esac
            dumpdir=; prev=; library=no
            for a in "$@"; do
              [ "$prev" = -dumpdir ] && dumpdir="$a"
              [ "$a" = -this-unit-id ] && library=yes
              prev="$a"
            done
            if [ "$library" = yes ]; then
              for d in "$LIB_DUMPS"/*.dump-stg-final; do
                m="$(basename "$d" .dump-stg-final)"; path="${m//.//}"
                mkdir -p "$dumpdir/hs/$(dirname "$path")" && cp "$d" "$dumpdir/hs/$path.dump-stg-final" || exit 1
              done
            else
              for a in "$@"; do
                case "$a" in *.hs)
                  m="$(basename "$a" .hs)"; echo "[1 of 1] Compiling $m ( $a, $m.o )"
                  cp "$PROGRAM_DUMPS/$m.dump-stg-final" "$dumpdir$m.dump-stg-final" || exit 1;;
                esac
              done
            fi
            """;

    private Path fakeGhc() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path ghc = bin.resolve("ghc");
        Files.writeString(ghc, FAKE_GHC);
        assertThat(ghc.toFile().setExecutable(true)).isTrue();
        for (String tool : List.of("gcc", "ar", "ghc-pkg")) Files.createSymbolicLink(bin.resolve(tool), ghc);
        return ghc;
    }

    /** {@code stg ARGS} in a JVM of its own, whose library cache is in the temporary folder. */
    private Run stg(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(dir.resolve("stderr").toFile());
        Path samples = Sample.root().resolve("samples/hs");
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().put("LIB_DUMPS", samples.resolve("lib/O0").toString());
        builder.environment().put("PROGRAM_DUMPS", samples.resolve("O0").toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        return new Run(status, out, Files.readString(dir.resolve("stderr")));
    }

    private record Run(int status, String out, String err) {
    }

    @Test
    void itCountsWhatStgCompareCountsOnTheSameDumps() throws IOException, InterruptedException {
        Path ghc = fakeGhc();
        Path program = Files.copy(Sample.root().resolve("samples/hs/Bits.hs"), dir.resolve("Bits.hs"));
        Path fromGhc = dir.resolve("ghc.json");
        Run run = stg("ghc", "--compare", "--runs", "1", "--modes", "nested,nested-partial+thunk-parents",
                "--access", "lazy,auto", "--with-ghc", ghc.toString(), "--json", fromGhc.toString(), program.toString());
        assertThat(run.err()).isEqualTo("stg ghc: building the Haskell library for -O0 (once, about a minute)...\n");
        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(program + " -O0 (first heap 16384 words, time: median of 1 run)");
        assertThat(lines.get(1).trim().split(" +")).containsExactly("flat/lazy", "nested/lazy",
                "nested-partial+thunk-parents/lazy", "flat/auto", "nested/auto", "nested-partial+thunk-parents/auto");

        Path samples = Sample.root().resolve("samples/hs");
        List<String> dumps = new ArrayList<>();
        try (Stream<Path> library = Files.list(samples.resolve("lib/O0"))) {
            library.map(Path::toString).filter(f -> f.endsWith(".dump-stg-final")).sorted().forEach(dumps::add);
        }
        dumps.add(samples.resolve("O0/Bits.dump-stg-final").toString());
        Path fromDumps = dir.resolve("dumps.json");
        List<String> compare = new ArrayList<>(List.of("compare", "--runs", "1", "--modes",
                "nested,nested-partial+thunk-parents", "--access", "lazy,auto", "--json", fromDumps.toString()));
        compare.addAll(dumps);
        CliRunner direct = CliRunner.stg(compare.toArray(String[]::new));
        assertThat(direct.err()).isEmpty();
        assertThat(direct.status()).isZero();
        for (String key : List.of("steps", "allocWords", "fvStores", "fvLoads", "parentHops", "maxResidencyWords",
                "closuresTotal")) {
            List<String> expected = values(Files.readString(fromDumps), key);
            assertThat(expected).as(key).hasSizeGreaterThanOrEqualTo(6);
            assertThat(values(Files.readString(fromGhc), key)).as(key).isEqualTo(expected);
        }
    }

    @Test
    void aComparisonsOptionsNeedCompareAndARunsOptionsAreRefusedWithIt() throws IOException {
        Path program = dir.resolve("Hello.hs");
        Files.writeString(program, "module Main where\nmain = pure ()\n");
        CliRunner modes = CliRunner.stg("ghc", "--with-ghc", "/nonexistent/ghc", "--modes", "nested", "--runs", "2",
                program.toString());
        assertThat(modes.status()).isEqualTo(Main.USAGE);
        assertThat(modes.err()).isEqualTo("stg ghc: --modes, --runs need --compare\n");
        CliRunner closures = CliRunner.stg("ghc", "--compare", "--with-ghc", "/nonexistent/ghc", "--closures", "nested",
                program.toString());
        assertThat(closures.status()).isEqualTo(Main.USAGE);
        assertThat(closures.err()).isEqualTo("stg ghc: --closures cannot be combined with --compare\n");
        CliRunner badMode = CliRunner.stg("ghc", "--compare", "--with-ghc", "/nonexistent/ghc", "--modes", "sideways",
                program.toString());
        assertThat(badMode.status()).isEqualTo(Main.USAGE);
        assertThat(badMode.err()).startsWith("stg ghc: --modes must list flat, ");
        CliRunner twoStrategies = CliRunner.stg("ghc", "--with-ghc", "/nonexistent/ghc", "--access", "lazy,eager",
                program.toString());
        assertThat(twoStrategies.status()).isEqualTo(Main.USAGE);
        assertThat(twoStrategies.err()).isEqualTo("stg ghc: --access takes one strategy for a run, not lazy,eager "
                + "(stg compare and stg ghc --compare take several)\n");
    }

    /** Every value of {@code key} in the JSON, in order (the figures, then the ratios). */
    private static List<String> values(String json, String key) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\"" + key + "\":([^,}]+)").matcher(json);
        while (m.find()) found.add(m.group(1));
        return found;
    }
}
