package dev.stg.interp.cli;

import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.parse.Dialect;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.compare.Comparison;
import dev.stg.interp.compare.ComparisonReport;
import dev.stg.interp.compare.Configuration;
import dev.stg.interp.compare.Measurement;
import dev.stg.interp.machine.MachineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code stg compare FILE...}: runs one program in every configuration (closure mode x access
 * strategy), checks that they print the same, and prints each one's counters and time with
 * its ratio to flat (README, "Comparing configurations").
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run a program in several closure modes and access strategies, check they agree, "
                + "and print their counters and times beside flat's.")
public final class CompareCommand implements Callable<Integer> {

    /**
     * The default first heap: 16K words. Residency is sampled at collections only, so a program
     * must collect to show any; at {@code stg run}'s 2M first heap one that allocates less than
     * 256K words never does. 128K keeps a collection at least every 16K words allocated while live data stays
     * small (the space doubles only when live data passes half of it), as SpaceSafetyTest does.
     */
    static final String DEFAULT_HEAP_INITIAL = "128K";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The program's files; later files see earlier globals.")
    List<Path> files;

    @Option(names = "--modes", paramLabel = "MODE,...", split = ",", defaultValue = "flat,nested,nested-partial",
            description = "Closure modes (${COMPLETION-CANDIDATES}), each optionally followed by "
                    + Configuration.THUNK_PARENTS + "; flat is added when missing (default: ${DEFAULT-VALUE}).",
            completionCandidates = ClosureModes.class)
    List<String> modes;

    @Option(names = "--access", paramLabel = "STRATEGY,...", split = ",", defaultValue = "lazy",
            description = "Free-variable access strategies, lazy or eager (default: ${DEFAULT-VALUE}).")
    List<String> access;

    @CommandLine.Mixin
    NestingFlags nesting;

    @Option(names = "--heap-initial", paramLabel = "SIZE", converter = Sizes.class, defaultValue = DEFAULT_HEAP_INITIAL,
            description = "First heap space of every run, in bytes with K/M/G suffix (default: ${DEFAULT-VALUE}): "
                    + "small, so that collections, where residency is measured, are frequent.")
    int heapInitialWords;

    @Option(names = "--heap-max", paramLabel = "SIZE", converter = Sizes.class,
            description = "Largest heap, in bytes with K/M/G suffix (default: 512M).")
    Integer heapMaxWords;

    @Option(names = "--max-steps", paramLabel = "N", description = "Stop a run with an error after N machine steps.")
    Long maxSteps;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed runs per configuration after the first; the time is their median (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(names = "--dialect", paramLabel = "DIALECT",
            description = "native, ministg or ghc (default: detected per file).")
    String dialect;

    @Option(names = "--main", paramLabel = "NAME",
            description = "The files are GHC dumps: print this top-level value (as stg ghc --main does) instead of running the IO main.")
    String main;

    @Option(names = "--input", paramLabel = "FILE", description = "What every run reads as its stdin (default: nothing).")
    Path input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<Configuration> configurations;
        Optional<Dialect> chosenDialect;
        MachineOptions machine;
        try {
            configurations = configurations();
            chosenDialect = RunCommand.dialect(dialect);
            machine = machine();
        } catch (IllegalArgumentException e) {
            err.println(name() + ": " + e.getMessage());
            return Main.USAGE;
        }
        byte[] stdin;
        try {
            stdin = input == null ? new byte[0] : Files.readAllBytes(input);
        } catch (IOException e) {
            err.println(name() + ": cannot read --input " + input + ": " + e.getMessage());
            return Main.USAGE;
        }
        ProgramLoader.Loaded loaded = ProgramLoader.loadFlat(name(), files, chosenDialect, Optional.ofNullable(main), err);
        if (loaded.failed()) return loaded.status();
        List<Measurement> measurements;
        try {
            measurements = Comparison.measure(loaded.program(), loaded.sources(), configurations, machine, stdin, runs);
        } catch (Comparison.Disagreement e) {
            err.println(name() + ": " + e.getMessage());
            return Main.RUNTIME_FAULT;
        }
        String title = files.stream().map(Path::toString).collect(Collectors.joining(" "));
        out.print(ComparisonReport.table(title + " (first heap " + heapInitialWords + " words, time: median of "
                + runs + (runs == 1 ? " run)" : " runs)"), measurements));
        out.flush();
        if (json != null) {
            try (Writer writer = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                ComparisonReport.json(writer, title, heapInitialWords, runs, measurements);
            } catch (IOException e) {
                err.println(name() + ": cannot write " + json + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        return Main.OK;
    }

    private String name() {
        return "stg " + spec.name();
    }

    /** Every access strategy with every mode, flat first; a usage error names a bad mode or strategy. */
    private List<Configuration> configurations() {
        if (runs < 1) throw new IllegalArgumentException("--runs must be at least 1");
        Set<NestingOptions> options = new LinkedHashSet<>();
        options.add(NestingOptions.of(ClosureMode.FLAT));
        for (String mode : modes) options.add(nestingOptions(mode));
        Set<AccessStrategy> strategies = new LinkedHashSet<>();
        for (String strategy : access) strategies.add(RunCommand.accessStrategy(strategy));
        List<Configuration> all = new ArrayList<>();
        for (AccessStrategy strategy : strategies) {
            for (NestingOptions option : options) all.add(new Configuration(option, strategy));
        }
        return all;
    }

    /** {@code nested-partial+thunk-parents}: the mode with the shared flags, thunk parents also when the suffix says so. */
    private NestingOptions nestingOptions(String spelled) {
        boolean thunks = spelled.endsWith(Configuration.THUNK_PARENTS);
        String mode = thunks ? spelled.substring(0, spelled.length() - Configuration.THUNK_PARENTS.length()) : spelled;
        if (!ClosureModes.MODES.contains(mode) || thunks && mode.equals(ClosureMode.FLAT.cliName())) {
            throw new IllegalArgumentException("--modes must list " + String.join(", ", ClosureModes.MODES)
                    + " (a nested one optionally followed by " + Configuration.THUNK_PARENTS + "), not '" + spelled + "'");
        }
        NestingOptions options = nesting.options(mode);
        if (options.mode() == ClosureMode.FLAT) return NestingOptions.of(ClosureMode.FLAT);
        return thunks ? options.withThunkParents(true) : options;
    }

    private MachineOptions machine() {
        if (maxSteps != null && maxSteps < 1) throw new IllegalArgumentException("--max-steps must be at least 1");
        MachineOptions machine = MachineOptions.defaults()
                .withMaxSteps(maxSteps == null ? Long.MAX_VALUE : maxSteps);
        int max = heapMaxWords != null ? heapMaxWords : machine.heapMaxWords();
        if (heapInitialWords > max) throw new IllegalArgumentException("--heap-initial is larger than --heap-max");
        return machine.withHeap(heapInitialWords, max);
    }
}
