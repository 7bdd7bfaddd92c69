package dev.stg.interp.compare;

import dev.stg.core.CheckedProgram;
import dev.stg.core.DeepStack;
import dev.stg.core.Frontend;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.ghc.GhcLink;
import dev.stg.core.io.InputFile;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingCensus;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.machine.MachineOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Runs the corpus through {@link Comparison} and writes docs/evidence.md (bench/evidence.sh
 * runs it): the static census of every program under the nesting rules, and its run-time
 * counters in every closure mode, with the answer to GHC ticket #14461 in the first paragraph.
 *
 * <p>Usage: {@code Evidence ROOT OUT.md RUNS GHC_VERSION MACHINE}.
 */
public final class Evidence {

    /** The first heap of every run, in words: {@code stg compare}'s default (128K bytes). */
    static final int HEAP_INITIAL_WORDS = 16 * 1024;
    /** Runs shorter than this (flat) are timer noise and left out of the time's geometric mean. */
    static final long TIMED_NANOS = 1_000_000;
    static final double RESIDENCY_SLACK = 1.05;

    static final List<Configuration> CONFIGURATIONS = List.of(
            new Configuration(NestingOptions.of(ClosureMode.FLAT), AccessStrategy.LAZY),
            new Configuration(NestingOptions.of(ClosureMode.NESTED), AccessStrategy.LAZY),
            new Configuration(NestingOptions.of(ClosureMode.NESTED_PARTIAL), AccessStrategy.LAZY),
            new Configuration(NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThunkParents(true), AccessStrategy.LAZY));

    /** The static rules, each with K = 1: a parent is counted when it shares at least two variables. */
    static final List<NestingOptions> RULES = List.of(
            NestingOptions.of(ClosureMode.NESTED).withThreshold(1),
            NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThreshold(1),
            NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThreshold(1).withThunkParents(true));

    /** One program of the corpus: its files, the GHC value to print (else main runs), its stdin. */
    record Entry(String group, String name, List<Path> files, Optional<String> value, byte[] stdin) {
    }

    /** A program measured: the census of its flat program and under each rule, and its runs. */
    record Result(Entry entry, NestingCensus flat, List<NestingCensus> rules, List<Measurement> runs) {
        Measurement run(int configuration) {
            return runs.get(configuration);
        }
    }

    private final Path root;
    private final int runs;
    private final List<Result> results = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    private Evidence(Path root, int runs) {
        this.root = root;
        this.runs = runs;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: Evidence ROOT OUT.md RUNS GHC_VERSION MACHINE");
            System.exit(64);
        }
        Evidence evidence = new Evidence(Path.of(args[0]), Integer.parseInt(args[2]));
        DeepStack.call(() -> {
            evidence.corpus().forEach(evidence::measure);
            return null;
        });
        Files.writeString(Path.of(args[1]), new EvidenceReport(evidence.results, evidence.failures, evidence.skipped,
                args[3], args[4], ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                evidence.runs).markdown());
    }

    /** The hand-written samples (those with a golden .out), then samples/ghc at -O0 and -O1, then samples/hs. */
    List<Entry> corpus() {
        List<Entry> all = new ArrayList<>();
        Path samples = root.resolve("samples");
        for (Path stg : list(samples, true, ".stg")) {
            Path out = sibling(stg, ".stg", ".out");
            if (!Files.exists(out)) continue;
            List<Path> files = firstLine(stg).contains("(with lib/Prelude.stg)")
                    ? List.of(root.resolve("lib/Prelude.stg"), stg) : List.of(stg);
            all.add(new Entry("hand-written", samples.relativize(stg).toString(), files, Optional.empty(),
                    bytes(sibling(stg, ".stg", ".in"))));
        }
        for (String level : List.of("O0", "O1")) {
            Path ghc = samples.resolve("ghc");
            for (Path hs : list(ghc, false, ".hs")) {
                String name = hs.getFileName().toString().replace(".hs", "");
                Path dump = ghc.resolve(level).resolve(name + ".dump-stg-final");
                if (!Files.exists(dump) || !Files.exists(ghc.resolve(name + ".out"))) continue;
                boolean io = read(hs).lines().anyMatch(l -> l.startsWith("main ::"));
                all.add(new Entry("ghc -" + level, name, List.of(dump), io ? Optional.empty() : Optional.of(name + ".result"),
                        bytes(ghc.resolve(name + ".in"))));
            }
            Path hsDir = samples.resolve("hs");
            List<Path> library = list(hsDir.resolve("lib").resolve(level), false, ".dump-stg-final");
            for (Path hs : list(hsDir, false, ".hs")) {
                String name = hs.getFileName().toString().replace(".hs", "");
                Path dump = hsDir.resolve(level).resolve(name + ".dump-stg-final");
                if (!Files.exists(dump)) continue;
                if (Files.exists(hsDir.resolve(name + ".args"))) {
                    skipped.add("hs -" + level + " " + name + ": needs command-line arguments, which the machine does not pass");
                    continue;
                }
                List<Path> files = new ArrayList<>(library);
                files.add(dump);
                all.add(new Entry("hs -" + level, name, files, Optional.empty(), bytes(hsDir.resolve(name + ".in"))));
            }
        }
        return all;
    }

    private void measure(Entry entry) {
        System.err.println("evidence: " + entry.group() + " " + entry.name());
        CheckedProgram flat;
        List<SourceFile> sources;
        try {
            sources = InputFile.sources(entry.files());
            flat = entry.value().isPresent() ? Frontend.loadGhc(sources, new GhcLink.Entry.Value(entry.value().get()))
                    : Frontend.load(sources, Optional.empty());
        } catch (InputFile.Unreadable | StaticErrorException e) {
            String first = (e instanceof StaticErrorException s ? s.render() : e.getMessage()).lines().findFirst().orElse("");
            skipped.add(entry.group() + " " + entry.name() + ": does not load on this build: "
                    + first.replace(root.toAbsolutePath() + "/", ""));
            return;
        }
        List<NestingCensus> rules = RULES.stream()
                .map(rule -> NestingCensus.of(Nesting.rewrite(flat.program(), rule))).toList();
        MachineOptions machine = MachineOptions.defaults().withHeap(HEAP_INITIAL_WORDS, MachineOptions.DEFAULT_HEAP_MAX_WORDS)
                .withMaxSteps(2_000_000_000L);
        try {
            results.add(new Result(entry, NestingCensus.of(flat.program()), rules,
                    Comparison.measure(flat, sources, CONFIGURATIONS, machine, entry.stdin(), runs)));
        } catch (Comparison.Disagreement e) {
            failures.add(entry.group() + " " + entry.name() + ": " + e.getMessage());
        }
    }

    private static List<Path> list(Path dir, boolean deep, String suffix) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = deep ? Files.walk(dir) : Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sibling(Path file, String suffix, String other) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - suffix.length()) + other);
    }

    private static String firstLine(Path file) {
        return read(file).lines().findFirst().orElse("");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sums a counter over results. */
    static long sum(List<Result> results, int configuration, ToLongFunction<Measurement> counter) {
        return results.stream().mapToLong(r -> counter.applyAsLong(r.run(configuration))).sum();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }
}
