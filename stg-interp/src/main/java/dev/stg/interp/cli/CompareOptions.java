package dev.stg.interp.cli;

import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.NestingOptions;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.compare.Comparison;
import dev.stg.interp.compare.ComparisonReport;
import dev.stg.interp.compare.Configuration;
import dev.stg.interp.compare.Measurement;
import dev.stg.interp.machine.MachineOptions;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a comparison adds to a run's options, and the comparison itself: {@code stg compare}
 * and {@code stg ghc --compare} share both (README, "Comparing configurations").
 */
final class CompareOptions {

    @Option(names = "--modes", paramLabel = "MODE,...", split = ",", defaultValue = "flat,nested,nested-partial",
            description = "Closure modes to compare (${COMPLETION-CANDIDATES}), each optionally followed by "
                    + Configuration.THUNK_PARENTS + "; flat is added when missing (default: ${DEFAULT-VALUE}).",
            completionCandidates = ClosureModes.class)
    List<String> modes;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed runs per configuration after the first; the time is their median (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the comparison's figures as JSON.")
    Path json;

    @Option(names = "--input", paramLabel = "FILE", description = "What every run of a comparison reads as its stdin (default: nothing).")
    Path input;

    /** Every access strategy with every mode, flat first; a usage error names a bad mode or strategy. */
    List<Configuration> configurations(NestingFlags nesting, Set<AccessStrategy> strategies) {
        if (runs < 1) throw new IllegalArgumentException("--runs must be at least 1");
        Set<NestingOptions> options = new LinkedHashSet<>();
        options.add(NestingOptions.of(ClosureMode.FLAT));
        for (String mode : modes) options.add(nestingOptions(nesting, mode));
        List<Configuration> all = new ArrayList<>();
        for (AccessStrategy strategy : strategies) {
            for (NestingOptions option : options) all.add(new Configuration(option, strategy));
        }
        return all;
    }

    /** {@code nested-partial+thunk-parents}: the mode with the shared flags, thunk parents also when the suffix says so. */
    private static NestingOptions nestingOptions(NestingFlags nesting, String spelled) {
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

    /**
     * Runs {@code loaded} (its lists flat) in every configuration and prints the table (and
     * the JSON); the exit status.
     */
    int compare(String command, ProgramLoader.Loaded loaded, List<Configuration> configurations, MachineOptions machine,
                String title, PrintWriter out, PrintWriter err) {
        byte[] stdin;
        try {
            stdin = input == null ? new byte[0] : Files.readAllBytes(input);
        } catch (IOException e) {
            err.println(command + ": cannot read --input " + input + ": " + e.getMessage());
            return Main.USAGE;
        }
        List<Measurement> measurements;
        try {
            measurements = Comparison.measure(loaded.program(), loaded.sources(), configurations, machine, stdin, runs);
        } catch (Comparison.Disagreement e) {
            err.println(command + ": " + e.getMessage());
            return Main.RUNTIME_FAULT;
        }
        int heapInitialWords = machine.heapInitialWords();
        out.print(ComparisonReport.table(title + " (first heap " + heapInitialWords + " words, time: median of "
                + runs + (runs == 1 ? " run)" : " runs)"), measurements));
        out.flush();
        if (json != null) {
            try (Writer writer = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                ComparisonReport.json(writer, title, heapInitialWords, runs, measurements);
            } catch (IOException e) {
                err.println(command + ": cannot write " + json + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        return Main.OK;
    }
}
