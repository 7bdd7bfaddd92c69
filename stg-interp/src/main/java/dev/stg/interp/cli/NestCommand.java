package dev.stg.interp.cli;

import dev.stg.core.nest.NestingOptions;
import dev.stg.core.print.Printer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code stg nest FILE...}: print the program rewritten for a closure mode, in the nested
 * {@code p{a b}} notation; the output is itself a program {@code stg run} accepts.
 */
@Command(name = "nest", mixinStandardHelpOptions = true,
        description = "Print the program with nested free-variable lists (the nesting rewrite).")
public final class NestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Program files; later files see earlier globals.")
    List<Path> files;

    @Option(names = "--closures", paramLabel = "MODE", defaultValue = "nested",
            description = "Closure representation: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = ClosureModes.class)
    String closures;

    @CommandLine.Mixin
    NestingFlags nesting;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        NestingOptions options;
        try {
            options = nesting.options(closures);
        } catch (IllegalArgumentException e) {
            err.println("stg nest: " + e.getMessage());
            return Main.USAGE;
        }
        ProgramLoader.Loaded nested = ProgramLoader.load("stg nest", files, Optional.empty(), options, err);
        if (nested.failed()) return nested.status();
        PrintWriter out = spec.commandLine().getOut();
        out.print(Printer.print(nested.program().program()));
        out.flush();
        return Main.OK;
    }
}
