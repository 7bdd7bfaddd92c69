package dev.stg.interp.cli;

import dev.stg.core.CheckedProgram;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.parse.Dialect;
import dev.stg.interp.machine.BriefTrace;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.machine.StepView;
import dev.stg.interp.run.ProgramRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code stg run FILE...}: evaluate {@code main} and print its value fully forced. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run main and print its value, fully evaluated.")
public class RunCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Program files; later files see earlier globals. After --, the program's arguments.")
    List<String> words;

    /** The program's files: the words before {@code --}. */
    List<Path> files;

    /** The program's arguments: the words after {@code --} (picocli gives them as positional words too). */
    List<String> programArgs;

    @Option(names = "--closures", paramLabel = "MODE", defaultValue = "flat",
            description = "Closure representation: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = ClosureModes.class)
    String closures;

    @CommandLine.Mixin
    NestingFlags nesting;

    @CommandLine.Mixin
    AccessFlags access;

    @Option(names = "--gc-stress", description = "Collect at every allocation and check the heap after each collection.")
    boolean gcStress;

    @CommandLine.Mixin
    MachineFlags limits;

    @Option(names = "--stack-max", paramLabel = "WORDS",
            description = "Largest STG stack, in words (default: ${DEFAULT-VALUE}).", defaultValue = "67108864")
    int stackMaxWords;

    @Option(names = "--stats", description = "Print the machine's statistics on stderr.")
    boolean stats;

    @Option(names = "--stats-json", paramLabel = "FILE", description = "Write the statistics as JSON.")
    Path statsJson;

    /** How much {@code --trace} shows of each step. */
    enum TraceMode { brief, full }

    /**
     * {@code --trace} takes its mode only attached ({@code --trace=full}): otherwise picocli
     * would read {@code --trace FILE} as the mode FILE.
     */
    static final class AttachedModeOnly implements CommandLine.IParameterPreprocessor {
        @Override
        public boolean preprocess(java.util.Stack<String> args, CommandLine.Model.CommandSpec command,
                                  CommandLine.Model.ArgSpec option, java.util.Map<String, Object> info) {
            if (" ".equals(info.get("separator"))) args.push(TraceMode.brief.name());
            return false;
        }
    }

    @Option(names = "--trace", arity = "0..1", fallbackValue = "brief", paramLabel = "brief|full",
            preprocessor = AttachedModeOnly.class,
            description = "Print every machine step on stderr: brief (the default) one line, the rule that fired; "
                    + "full the step view: the rule and why, the expression, the closure and its free variables, "
                    + "the stack frames, what the step allocates.")
    TraceMode trace;

    @CommandLine.Mixin
    DialectFlag dialect;

    @CommandLine.Mixin
    HeapOptions heapOptions = new HeapOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ProgramRunner.Settings settings;
        Optional<Dialect> chosenDialect;
        NestingOptions nestingOptions;
        try {
            splitWords();
            settings = settings(err);
            chosenDialect = dialect.chosen();
            nestingOptions = nesting.options(closures);
            heapOptions.validate();
        } catch (IllegalArgumentException e) {
            err.println(name() + ": " + e.getMessage());
            return Main.USAGE;
        }
        ProgramLoader.Loaded loaded = load(chosenDialect, nestingOptions, err);
        if (loaded.failed()) return loaded.status();
        CheckedProgram program = loaded.program();
        if (trace == TraceMode.full) {
            // One step's view, then a blank line: the view needs the sources, known only now.
            settings = settings.withMachine(settings.machine().withTracer(new StepView(loaded.sources(), err::println, 1)));
        }
        int status = afterLoad(program, err);
        if (status != Main.OK) return status;
        ProgramRunner.Outcome outcome;
        try {
            outcome = heapOptions.active() ? heapOptions.run(program, settings, files, err)
                    : ProgramRunner.runMain(program, settings);
        } catch (IOException e) {
            err.println(name() + ": cannot write the heap dump or profile: " + e.getMessage());
            return Main.USAGE;
        }
        if (outcome.output() != null && printsValue(program)) out.println(outcome.output());
        out.flush();
        String report = outcome.faultReport("stg: runtime error: ");
        if (report != null) err.println(report);
        if (stats) err.print(outcome.stats().toTable());
        err.flush();
        if (statsJson != null) {
            try {
                Files.writeString(statsJson, outcome.stats().toJson() + "\n");
            } catch (IOException e) {
                err.println(name() + ": cannot write " + statsJson + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        return outcome.exitStatus();
    }

    /** The program to run; {@code stg ghc} makes it with GHC instead of reading it. */
    ProgramLoader.Loaded load(Optional<Dialect> chosenDialect, NestingOptions nestingOptions, PrintWriter err) {
        return ProgramLoader.load(name(), files, chosenDialect, nestingOptions, err);
    }

    /** How messages name the command: {@code stg run}. */
    final String name() {
        return "stg " + spec.name();
    }

    /** Whether main's value is printed: not an imported IO program's {@code ()}, which GHC's build does not print. */
    boolean printsValue(CheckedProgram program) {
        return !ProgramRunner.isIoProgram(program);
    }

    /** What {@code --emit-stg} and the like do once the program is loaded; nothing for {@code stg run}. */
    int afterLoad(CheckedProgram program, PrintWriter err) {
        return Main.OK;
    }

    /** Splits the positional words at {@code --} into the files and the program's arguments. */
    final void splitWords() {
        List<String> line = spec.commandLine().getParseResult().originalArgs();
        int dashes = line.indexOf("--");
        int after = dashes < 0 ? 0 : line.size() - dashes - 1;
        programArgs = List.copyOf(words.subList(words.size() - after, words.size()));
        List<String> names = words.subList(0, words.size() - after);
        if (names.isEmpty()) throw new IllegalArgumentException("no program FILE before --");
        try {
            files = names.stream().map(Path::of).toList();
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("bad file name: " + e.getMessage());
        }
    }

    private ProgramRunner.Settings settings(PrintWriter err) {
        if (stackMaxWords < 16) throw new IllegalArgumentException("--stack-max must be at least 16 words");
        MachineOptions base = MachineOptions.defaults()
                .withGcStress(gcStress)
                .withStackMax(stackMaxWords)
                .withProgram(programArgs, Path.of("").toAbsolutePath());
        MachineOptions machine = limits.apply(base, base.heapInitialWords());
        if (trace == TraceMode.brief) machine = machine.withTracer(new BriefTrace(err::println));
        return ProgramRunner.Settings.defaults().withMachine(machine).withAccess(access.single());
    }
}
