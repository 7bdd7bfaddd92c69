package dev.stg.interp.cli;

import dev.stg.core.parse.Dialect;
import dev.stg.interp.compare.Configuration;
import dev.stg.interp.machine.MachineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code stg compare FILE...}: runs one program in every configuration (closure mode x access
 * strategy), checks that they print the same, and prints each one's counters and time with
 * its ratio to flat (README, "Comparing configurations"). {@code stg ghc --compare} does the
 * same on the program GHC makes.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run a program in several closure modes and access strategies, check they agree, "
                + "and print their counters and times beside flat's.")
public final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The program's files; later files see earlier globals.")
    List<Path> files;

    @CommandLine.Mixin
    CompareOptions comparison;

    @CommandLine.Mixin
    AccessFlags access;

    @CommandLine.Mixin
    NestingFlags nesting;

    @CommandLine.Mixin
    MachineFlags limits;

    @CommandLine.Mixin
    DialectFlag dialect;

    @Option(names = "--main", paramLabel = "NAME",
            description = "The files are GHC dumps: print this top-level value (as stg ghc --main does) instead of running the IO main.")
    String main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = "stg " + spec.name();
        List<Configuration> configurations;
        Optional<Dialect> chosenDialect;
        MachineOptions machine;
        try {
            configurations = comparison.configurations(nesting, access.all());
            chosenDialect = dialect.chosen();
            machine = limits.apply(MachineOptions.defaults(), MachineFlags.comparisonHeapInitialWords());
        } catch (IllegalArgumentException e) {
            err.println(name + ": " + e.getMessage());
            return Main.USAGE;
        }
        ProgramLoader.Loaded loaded = ProgramLoader.loadFlat(name, files, chosenDialect, Optional.ofNullable(main), err);
        if (loaded.failed()) return loaded.status();
        String title = files.stream().map(Path::toString).collect(Collectors.joining(" "));
        return comparison.compare(name, loaded, configurations, machine, title, spec.commandLine().getOut(), err);
    }
}
