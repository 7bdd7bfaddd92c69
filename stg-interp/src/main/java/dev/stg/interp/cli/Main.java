package dev.stg.interp.cli;

import dev.stg.core.DeepStack;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * {@code stg}: the command line; with no arguments, the REPL. Exit status: 0 success, 1 runtime fault, 2 static error
 * (parse, scope, free variables, boxity), 64 usage error.
 */
@Command(name = "stg", mixinStandardHelpOptions = true, version = "stg 0.1.0",
        description = "An STG machine with nested closures.")
public final class Main implements Runnable {

    /**
     * The subcommands, in the order usage lists them. A command line naming one of them builds that one alone:
     * picocli reflects over every command it is given, a third of its start-up.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, GhcCommand.class, CompareCommand.class, FvCommand.class, NestCommand.class,
            ReplCommand.class, HeapCommand.class, CommandLine.HelpCommand.class);

    /*
     * No option of ours takes a date, a time or a SQL type: without this picocli's CommandLine
     * loads and initialises java.time and java.sql (about 90 classes, their static formatters
     * spinning method handles) at every start-up to register converters for them. A -D on the
     * command line still wins.
     */
    static {
        System.getProperties().putIfAbsent("picocli.converters.excludes", "java\\.(time|sql)\\..*");
    }

    public static final int OK = 0;
    public static final int RUNTIME_FAULT = 1;
    public static final int STATIC_ERROR = 2;
    public static final int USAGE = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line on the process's streams and returns the exit status. */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output streams and returns the exit status (tests call this). */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        String[] line = args.length == 0 ? new String[] {"repl"} : args;
        CommandLine cli = new CommandLine(new Main());
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(command -> command.getAnnotation(Command.class).name().equals(line[0])).toList();
        boolean alone = named.size() == 1 && named.get(0) != CommandLine.HelpCommand.class;
        (alone ? named : SUBCOMMANDS).forEach(cli::addSubcommand);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("stg: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("stg: internal error: " + e);
            return RUNTIME_FAULT;
        });
        try {
            return DeepStack.call(() -> cli.execute(line));
        } catch (StackOverflowError e) {
            err.println("stg: error: the program nests too deeply for the Java stack of "
                    + (DeepStack.STACK_BYTES >> 20) + " MB; nest it less deeply");
            return STATIC_ERROR;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
