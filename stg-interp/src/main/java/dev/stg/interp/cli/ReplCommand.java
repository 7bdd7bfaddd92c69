package dev.stg.interp.cli;

import dev.stg.interp.repl.TerminalRepl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code stg repl [FILE...]} (and {@code stg} alone): the interactive STG machine. */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = "Evaluate, inspect and step STG programs interactively.")
public final class ReplCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Program files to load first.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--history", paramLabel = "FILE",
            description = "Where the input history is kept (default: ~/.stg_history).")
    Path history = Path.of(System.getProperty("user.home"), ".stg_history");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            TerminalRepl.run(files, history);
            return Main.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("stg repl: cannot open the terminal: " + e.getMessage());
            return Main.USAGE;
        }
    }
}
