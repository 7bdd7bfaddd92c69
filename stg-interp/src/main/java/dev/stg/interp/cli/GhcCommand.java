package dev.stg.interp.cli;

import dev.stg.core.CheckedProgram;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.ghc.GhcLink;
import dev.stg.core.io.InputFile;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.parse.Dialect;
import dev.stg.core.print.Printer;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.compare.Configuration;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.GhcCompiler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code stg ghc FILE.hs...}: compiles Haskell with the installed GHC, imports every module's
 * final STG and runs it as {@code stg run} runs a program (every option of {@code stg run}
 * applies): GHC's IO {@code main}, or with {@code --main NAME} a top-level value printed fully
 * forced. With {@code --compare} it runs the program as {@code stg compare} does instead, with
 * that command's options.
 */
@Command(name = "ghc", mixinStandardHelpOptions = true,
        description = "Compile Haskell with GHC, import its STG and run main (or print --main NAME).")
public final class GhcCommand extends RunCommand {

    @Option(names = "-O", paramLabel = "LEVEL", defaultValue = "0",
            description = "GHC's optimisation level: -O0, -O1 or -O2 (default: -O${DEFAULT-VALUE}).")
    int optimisation;

    @Option(names = "--ghc-options", paramLabel = "FLAGS", description = "More flags for ghc, separated by spaces.")
    String ghcOptions;

    @Option(names = "--main", paramLabel = "NAME",
            description = "Print this top-level value (T.result, or result when unique) instead of running the IO main.")
    String main;

    @Option(names = "--with-ghc", paramLabel = "PROGRAM", defaultValue = "ghc",
            description = "The GHC 9.0.2 to run (default: ${DEFAULT-VALUE} from PATH).")
    String ghcProgram;

    @Option(names = "--keep-dumps", paramLabel = "DIR", description = "Copy GHC's dumps (X.dump-stg-final) into DIR.")
    Path keepDumps;

    @Option(names = "--emit-stg", paramLabel = "OUT",
            description = "Write the imported program in the native dialect (nested where nesting applied).")
    Path emitStg;

    @Option(names = "--compare", description = "Run the program in several closure modes and access strategies "
            + "and print their counters beside flat's, as stg compare does (--modes, --runs, --json, --input).")
    boolean compare;

    @CommandLine.Mixin
    CompareOptions comparison;

    /** The options only a comparison reads, and those only a single run reads. */
    private static final List<String> COMPARISON_ONLY = List.of("--modes", "--runs", "--json", "--input");
    private static final List<String> RUN_ONLY = List.of("--closures", "--trace", "--stats", "--stats-json",
            "--gc-stress", "--stack-max", "--heap-dump", "--dump-at-step", "--heap-profile", "--profile-every",
            "--profile-axis", "--emit-stg");

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> misplaced = (compare ? RUN_ONLY : COMPARISON_ONLY).stream()
                .filter(spec.commandLine().getParseResult()::hasMatchedOption).toList();
        if (!misplaced.isEmpty()) {
            err.println(name() + ": " + String.join(", ", misplaced) + (compare ? " cannot be combined with --compare"
                    : misplaced.size() == 1 ? " needs --compare" : " need --compare"));
            return Main.USAGE;
        }
        if (!compare) return super.call();
        List<Configuration> configurations;
        MachineOptions machine;
        try {
            splitWords();
            configurations = comparison.configurations(nesting, access.all());
            machine = limits.apply(MachineOptions.defaults().withProgram(programArgs, Path.of("").toAbsolutePath()),
                    MachineFlags.comparisonHeapInitialWords());
        } catch (IllegalArgumentException e) {
            err.println(name() + ": " + e.getMessage());
            return Main.USAGE;
        }
        ProgramLoader.Loaded loaded = load(Optional.empty(), NestingOptions.of(ClosureMode.FLAT), err);
        if (loaded.failed()) return loaded.status();
        String title = files.stream().map(Path::toString).collect(Collectors.joining(" ")) + " -O" + optimisation;
        return comparison.compare(name(), loaded, configurations, machine, title, spec.commandLine().getOut(), err);
    }

    @Override
    ProgramLoader.Loaded load(Optional<Dialect> chosenDialect, NestingOptions nestingOptions, PrintWriter err) {
        if (optimisation < 0 || optimisation > 2) {
            err.println(name() + ": -O must be -O0, -O1 or -O2, not -O" + optimisation);
            return new ProgramLoader.Loaded(null, List.of(), Main.USAGE);
        }
        List<String> extra = ghcOptions == null || ghcOptions.isBlank() ? List.of()
                : Arrays.asList(ghcOptions.strip().split("\\s+"));
        List<SourceFile> dumps;
        try {
            dumps = GhcCompiler.dumps(ghcProgram, files, optimisation, extra, keepDumps, notice -> {
                err.println(name() + ": " + notice);
                err.flush();
            });
        } catch (InputFile.Unreadable e) {
            err.println(name() + ": " + e.getMessage());
            return new ProgramLoader.Loaded(null, List.of(), Main.USAGE);
        } catch (GhcCompiler.Failure e) {
            err.println(name() + ": " + e.getMessage());
            return new ProgramLoader.Loaded(null, List.of(), e.compileError() ? Main.STATIC_ERROR : Main.USAGE);
        }
        GhcLink.Entry entry = main == null ? new GhcLink.Entry.Io() : new GhcLink.Entry.Value(main);
        try {
            CheckedProgram flat = dev.stg.core.Frontend.loadGhc(dumps, entry);
            return new ProgramLoader.Loaded(Nesting.rewrite(flat, nestingOptions, dumps,
                    dev.stg.core.Frontend.Main.REQUIRED), dumps, Main.OK);
        } catch (StaticErrorException e) {
            err.print(e.render());
            err.flush();
            return new ProgramLoader.Loaded(null, List.of(), Main.STATIC_ERROR);
        }
    }

    @Override
    boolean printsValue(CheckedProgram program) {
        return main != null;
    }

    @Override
    int afterLoad(CheckedProgram program, PrintWriter err) {
        if (emitStg == null) return Main.OK;
        try {
            Files.writeString(emitStg, Printer.print(program.program()));
            return Main.OK;
        } catch (IOException e) {
            err.println(name() + ": cannot write " + emitStg + ": " + e.getMessage());
            return Main.USAGE;
        }
    }
}
