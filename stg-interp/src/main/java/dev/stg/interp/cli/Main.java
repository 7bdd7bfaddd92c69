package dev.stg.interp.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code stg}: the command line. Exit status: 0 success, 1 runtime fault, 2 static error
 * (parse, scope, free variables, boxity), 64 usage error.
 */
@Command(name = "stg", mixinStandardHelpOptions = true, version = "stg 0.1.0",
        description = "An STG machine with nested closures.",
        subcommands = {RunCommand.class, FvCommand.class, NestCommand.class, HeapCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int RUNTIME_FAULT = 1;
    public static final int STATIC_ERROR = 2;
    public static final int USAGE = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status (tests call this). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("stg: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("stg: internal error: " + e);
            return RUNTIME_FAULT;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
