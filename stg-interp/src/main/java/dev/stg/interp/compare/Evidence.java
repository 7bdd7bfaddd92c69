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
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.code.InfoTable;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.GhcCompiler;
import dev.stg.interp.run.HaskellLibrary;
import dev.stg.interp.run.ProgramRunner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Runs the corpus through {@link Comparison} and writes docs/evidence.md (bench/evidence.sh
 * runs it): the static census of every program under the nesting rules, and its run-time
 * counters in every closure mode, with the answer to GHC ticket #14461 in the first paragraph.
 *
 * <p>Usage: {@code Evidence ROOT OUT.md RUNS GHC_VERSION MACHINE [NOFIB_LIST]}. NOFIB_LIST names
 * nofib programs prepared by bench/evidence.sh, one a line: name, main file, then its
 * arguments, separated by tabs; each is compiled by GHC against the library at -O0 and -O1 as
 * {@code stg ghc} compiles it.
 */
public final class Evidence {

    /** The first heap of every run, in words: {@code stg compare}'s default (128K bytes). */
    static final int HEAP_INITIAL_WORDS = 16 * 1024;
    /** Runs shorter than this (flat) are timer noise and left out of the time's geometric mean. */
    static final long TIMED_NANOS = 1_000_000;
    static final double RESIDENCY_SLACK = 1.05;

    static final NestingOptions PARTIAL_THUNKS = NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThunkParents(true);

    /** The run-time configurations: the default K in every mode, and the most permissive rule at K = 1. */
    static final List<Configuration> CONFIGURATIONS = List.of(
            new Configuration(NestingOptions.of(ClosureMode.FLAT), AccessStrategy.LAZY),
            new Configuration(NestingOptions.of(ClosureMode.NESTED), AccessStrategy.LAZY),
            new Configuration(NestingOptions.of(ClosureMode.NESTED_PARTIAL), AccessStrategy.LAZY),
            new Configuration(PARTIAL_THUNKS, AccessStrategy.LAZY),
            new Configuration(PARTIAL_THUNKS.withThreshold(1), AccessStrategy.LAZY));
    /** The configuration with thunk parents at the default K, and the one at K = 1. */
    static final int THUNKS = 3;
    static final int THUNKS_K1 = 4;

    /** The static rules, each with K = 1: a parent is counted when it shares at least two variables. */
    static final List<NestingOptions> RULES = List.of(
            NestingOptions.of(ClosureMode.NESTED).withThreshold(1),
            NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThreshold(1),
            PARTIAL_THUNKS.withThreshold(1));

    /** How the tables name a configuration: its mode, and its K when not the default. */
    static String label(int configuration) {
        Configuration c = CONFIGURATIONS.get(configuration);
        int k = c.nesting().threshold();
        return c.modeName() + (k == NestingOptions.DEFAULT_THRESHOLD ? "" : " (K = " + k + ")");
    }

    /**
     * One program of the corpus: its files (the first {@code libraryFiles} of them its library,
     * named {@code library}) or, for nofib, the Haskell {@code haskell} GHC compiles at
     * {@code level}; the GHC value to print (else main runs), its stdin and arguments.
     */
    record Entry(String group, String name, List<Path> files, String library, int libraryFiles, Path haskell, int level,
                 Optional<String> value, byte[] stdin, List<String> args) {
        static Entry of(String group, String name, List<Path> files, String library, int libraryFiles,
                        Optional<String> value, byte[] stdin) {
            return new Entry(group, name, files, library, libraryFiles, null, 0, value, stdin, List.of());
        }
    }

    /** The census of some closures flat and under each rule of {@link #RULES}. */
    record Census(NestingCensus flat, List<NestingCensus> rules) {
    }

    /** A library (or the built-ins) counted once, as its own group of the static table. */
    record Library(String group, Census census) {
    }

    /** Why a closure built at run time has the parent it has, or none (docs/nesting.md, "Which parent"). */
    enum Why {
        NESTED("given a parent at K = 3"),
        BELOW_THRESHOLD("given a parent only at K = 1 (it saves 1 or 2 words)"),
        TOP_LEVEL("built in a global's body: no enclosing closure"),
        FEW_SHARED("at most one of its variables is a field of the enclosing closure"),
        OTHER("shares two or more fields with its enclosing closure, yet no parent"),
        UNKNOWN("made by the code generator, not found in the program");

        final String text;

        Why(String text) {
            this.text = text;
        }
    }

    /**
     * One closure of a program as flat runs it: how often built, the words its fields store,
     * why it has or lacks a parent, and where its variables come from.
     */
    record Built(String name, Why why, long objects, long fieldWords, int fields, long fromFields, long fromArguments,
                 long boundInBody) {
    }

    /** A program measured: the census of its own closures, its runs, and (GHC's programs) its closures built. */
    record Result(Entry entry, Census own, List<Measurement> runs, List<Built> built) {
        Measurement run(int configuration) {
            return runs.get(configuration);
        }
    }

    private final Path root;
    private final int runs;
    private final List<Result> results = new ArrayList<>();
    private final Map<String, Library> libraries = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    private Evidence(Path root, int runs) {
        this.root = root;
        this.runs = runs;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5 && args.length != 6) {
            System.err.println("usage: Evidence ROOT OUT.md RUNS GHC_VERSION MACHINE [NOFIB_LIST]");
            System.exit(64);
        }
        Evidence evidence = new Evidence(Path.of(args[0]), Integer.parseInt(args[2]));
        List<Entry> corpus = evidence.corpus();
        if (args.length == 6) corpus.addAll(evidence.nofib(Path.of(args[5])));
        DeepStack.call(() -> {
            corpus.forEach(evidence::measure);
            return null;
        });
        Files.writeString(Path.of(args[1]), new EvidenceReport(evidence.results, List.copyOf(evidence.libraries.values()),
                evidence.failures, evidence.skipped, args.length == 6, args[3], args[4],
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                evidence.runs).markdown());
    }

    /** The hand-written samples (those with a golden .out), then samples/ghc at -O0 and -O1, then samples/hs. */
    List<Entry> corpus() {
        List<Entry> all = new ArrayList<>();
        Path samples = root.resolve("samples");
        for (Path stg : list(samples, true, ".stg")) {
            Path out = sibling(stg, ".stg", ".out");
            if (!Files.exists(out)) continue;
            boolean prelude = firstLine(stg).contains("(with lib/Prelude.stg)");
            List<Path> files = prelude ? List.of(root.resolve("lib/Prelude.stg"), stg) : List.of(stg);
            all.add(Entry.of("hand-written", samples.relativize(stg).toString(), files, "lib/Prelude.stg", prelude ? 1 : 0,
                    Optional.empty(), bytes(sibling(stg, ".stg", ".in"))));
        }
        for (String level : List.of("O0", "O1")) {
            Path ghc = samples.resolve("ghc");
            for (Path hs : list(ghc, false, ".hs")) {
                String name = hs.getFileName().toString().replace(".hs", "");
                Path dump = ghc.resolve(level).resolve(name + ".dump-stg-final");
                if (!Files.exists(dump) || !Files.exists(ghc.resolve(name + ".out"))) continue;
                boolean io = read(hs).lines().anyMatch(l -> l.startsWith("main ::"));
                all.add(Entry.of("ghc -" + level, name, List.of(dump), null, 0,
                        io ? Optional.empty() : Optional.of(name + ".result"), bytes(ghc.resolve(name + ".in"))));
            }
            Path hsDir = samples.resolve("hs");
            List<Path> library = list(hsDir.resolve("lib").resolve(level), false, ".dump-stg-final");
            for (Path hs : list(hsDir, false, ".hs")) {
                String name = hs.getFileName().toString().replace(".hs", "");
                Path dump = hsDir.resolve(level).resolve(name + ".dump-stg-final");
                if (!Files.exists(dump)) continue;
                List<Path> files = new ArrayList<>(library);
                files.add(dump);
                Path argsFile = hsDir.resolve(name + ".args");
                List<String> args = Files.exists(argsFile) ? Arrays.asList(read(argsFile).strip().split("\\s+")) : List.of();
                all.add(new Entry("hs -" + level, name, files, "library -" + level, library.size(), null, 0,
                        Optional.empty(), bytes(hsDir.resolve(name + ".in")), args));
            }
        }
        return all;
    }

    /** nofib's programs as bench/evidence.sh lists them, at -O0 and then at -O1. */
    List<Entry> nofib(Path list) {
        List<Entry> all = new ArrayList<>();
        for (int level : List.of(0, 1)) {
            for (String line : read(list).lines().filter(l -> !l.isBlank()).toList()) {
                String[] fields = line.split("\t");
                all.add(new Entry("nofib -O" + level, fields[0], List.of(), "library -O" + level, 0, Path.of(fields[1]),
                        level, Optional.empty(), new byte[0], List.of(fields).subList(2, fields.length)));
            }
        }
        return all;
    }

    private void measure(Entry entry) {
        System.err.println("evidence: " + entry.group() + " " + entry.name());
        CheckedProgram flat;
        List<SourceFile> sources;
        int libraryFiles = entry.libraryFiles();
        try {
            if (entry.haskell() != null) {
                sources = GhcCompiler.dumps("ghc", List.of(entry.haskell()), entry.level(), List.of(),
                        entry.haskell().resolveSibling("dumps-O" + entry.level()), System.err::println);
                libraryFiles = HaskellLibrary.ensure("ghc", entry.level(), System.err::println).dumps().size();
            } else {
                sources = InputFile.sources(entry.files());
            }
            flat = entry.value().isPresent() ? Frontend.loadGhc(sources, new GhcLink.Entry.Value(entry.value().get()))
                    : Frontend.load(sources, Optional.empty());
        } catch (InputFile.Unreadable | StaticErrorException | GhcCompiler.Failure | IOException e) {
            List<String> lines = (e instanceof StaticErrorException s ? s.render() : e.getMessage()).lines().toList();
            int at = Math.max(0, lines.indexOf(lines.stream().filter(l -> l.contains("error")).findFirst().orElse("")));
            // GHC says where on one line and what on the next.
            String first = String.join(" ", lines.subList(at, Math.min(lines.size(), at + 2))).replaceAll("\\s+", " ");
            skipped.add(entry.group() + " " + entry.name() + ": does not " + (e instanceof GhcCompiler.Failure
                    ? "compile against the library: " : "load on this build: ") + first.replace(root.toAbsolutePath() + "/", "").strip());
            return;
        }
        Set<String> library = new HashSet<>();
        sources.subList(0, libraryFiles).forEach(s -> library.add(s.name()));
        Set<String> builtins = new HashSet<>(GhcLink.BUILTINS);
        List<Program> rewritten = RULES.stream().map(rule -> Nesting.rewrite(flat.program(), rule)).toList();
        MachineOptions machine = MachineOptions.defaults().withHeap(HEAP_INITIAL_WORDS, MachineOptions.DEFAULT_HEAP_MAX_WORDS)
                .withMaxSteps(2_000_000_000L).withProgram(entry.args(), root);
        Profiled profiled = entry.group().equals("hand-written") ? new Profiled(List.of(), null)
                : built(flat, rewritten, machine, entry.stdin());
        if (profiled.fault() != null && entry.haskell() != null) {
            skipped.add(entry.group() + " " + entry.name() + ": stops with an error on the machine: "
                    + profiled.fault().lines().findFirst().orElse(""));
            return;
        }
        List<Measurement> measured;
        try {
            measured = Comparison.measure(flat, sources, CONFIGURATIONS, machine, entry.stdin(), runs);
        } catch (Comparison.Disagreement e) {
            failures.add(entry.group() + " " + entry.name() + ": " + e.getMessage());
            return;
        }
        if (libraryFiles > 0) record(entry.library() , census(flat.program(), rewritten, library::contains), entry.group());
        if (flat.dialect() == dev.stg.core.parse.Dialect.GHC) {
            // The library replaces a few of the built-ins: those programs link with fewer.
            record(libraryFiles > 0 ? "built-ins beside the library" : "built-ins",
                    census(flat.program(), rewritten, builtins::contains), entry.group());
        }
        Census own = census(flat.program(), rewritten, file -> !library.contains(file) && !builtins.contains(file));
        results.add(new Result(entry, own, measured, profiled.built()));
    }

    private static Census census(Program flat, List<Program> rewritten, Predicate<String> files) {
        return new Census(NestingCensus.of(flat, files), rewritten.stream().map(p -> NestingCensus.of(p, files)).toList());
    }

    /**
     * A library counted once: one that differs from the library of the same name already
     * counted (a library built anew, not its committed dumps) is named after the group using it.
     */
    private void record(String name, Census census, String group) {
        boolean known = libraries.values().stream()
                .anyMatch(l -> (l.group().equals(name) || l.group().startsWith(name + " (")) && l.census().equals(census));
        if (known) return;
        String unique = libraries.containsKey(name) ? name + " (" + group + ")" : name;
        libraries.put(unique, new Library(unique, census));
    }

    /** The closures a flat run built, and what it reported when it stopped with an error (else null). */
    private record Profiled(List<Built> built, String fault) {
    }

    /** Every closure flat builds, how often, and why it has the parent it has at K = 3 and K = 1, or none. */
    private Profiled built(CheckedProgram flat, List<Program> rewritten, MachineOptions machine, byte[] stdin) {
        Map<String, ClosureSites.Site> sites = ClosureSites.of(flat.program());
        Set<String> k3 = ClosureSites.nested(Nesting.rewrite(flat.program(), PARTIAL_THUNKS));
        Set<String> k1 = ClosureSites.nested(rewritten.get(rewritten.size() - 1));
        AllocationProfile profile = new AllocationProfile();
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(ProgramRunner.compile(flat, AccessStrategy.LAZY), ProgramRunner.Settings.defaults()
                .withAccess(AccessStrategy.LAZY).withMachine(machine.withTracer(profile)
                        .withIO(new ByteArrayInputStream(stdin), new ByteArrayOutputStream())));
        List<Built> built = new ArrayList<>();
        for (Map.Entry<InfoTable, long[]> e : profile.built.entrySet()) {
            String key = ClosureSites.key(e.getKey().name, e.getKey().span);
            ClosureSites.Site site = sites.get(key);
            long objects = e.getValue()[0];
            if (site == null) {
                built.add(new Built(e.getKey().name, Why.UNKNOWN, objects, e.getValue()[1], e.getKey().fieldCount(), 0, 0, 0));
                continue;
            }
            Why why = k3.contains(key) ? Why.NESTED : k1.contains(key) ? Why.BELOW_THRESHOLD
                    : site.enclosing() == null ? Why.TOP_LEVEL : site.fromFields() < 2 ? Why.FEW_SHARED : Why.OTHER;
            built.add(new Built(site.name(), why, objects, e.getValue()[1], site.lambda().freeVars().size(),
                    objects * site.fromFields(), objects * site.fromArguments(), objects * site.boundInBody()));
        }
        return new Profiled(built, outcome.faultReport("runtime error: "));
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
