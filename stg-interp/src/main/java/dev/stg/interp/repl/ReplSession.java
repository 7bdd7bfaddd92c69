package dev.stg.interp.repl;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.syntax.Program;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.print.Printer;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.dump.HeapDump;
import dev.stg.interp.dump.HeapSummary;
import dev.stg.interp.machine.Machine;
import dev.stg.interp.machine.RuntimeFault;
import dev.stg.interp.run.ProgramRunner;
import dev.stg.interp.stats.Stats;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The REPL without its terminal: it reads one input at a time ({@link #handle}), keeps the
 * session's globals and settings, evaluates, and writes results to {@code out} and errors to
 * {@code err}. Every error is reported and leaves the session's state as it was.
 */
public final class ReplSession {

    public static final String PROMPT = "stg> ";
    public static final String CONTINUATION_PROMPT = "...> ";
    public static final String STEP_PROMPT = "step> ";

    private final PrintStream out;
    private final PrintStream err;
    private Workspace workspace = Workspace.empty();
    private ReplSettings settings = ReplSettings.defaults();
    private Stepping stepping;
    private Machine lastMachine;
    private Stats lastStats;
    /** The machine evaluating now, for {@link #interrupt} from another thread. */
    private volatile Machine running;
    private int inputs;

    public ReplSession(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Handles one whole input (see {@link #isComplete}); false when the session should end. */
    public boolean handle(String input) {
        String text = input.strip();
        try {
            if (stepping != null) {
                step(text);
            } else if (text.startsWith(":")) {
                return command(text);
            } else if (!text.isEmpty()) {
                SourceFile typed = new SourceFile("<input " + ++inputs + ">", input.stripTrailing());
                if (TypedInput.isBinding(text)) {
                    workspace = workspace.define(TypedInput.bindings(typed), typed);
                } else {
                    evaluate(typed, null);
                }
            }
        } catch (StaticErrorException e) {
            err.print(e.render());
        } catch (ReplError e) {
            err.println(e.getMessage());
        } catch (RuntimeFault e) {
            err.println("runtime error: " + e.getMessage());
        } catch (Workspace.Unreadable e) {
            err.println(e.getMessage());
        }
        out.flush();
        err.flush();
        return true;
    }

    /** Whether {@code text} is a whole input, or the next line continues it. */
    public static boolean isComplete(String text) {
        return InputCompleteness.isComplete(text);
    }

    /** Stops the running evaluation, if any, within a few thousand steps (Ctrl-C). */
    public void interrupt() {
        Machine machine = running;
        if (machine != null) machine.interrupt();
    }

    public String prompt() {
        return stepping != null ? STEP_PROMPT : PROMPT;
    }

    /** Loads files as {@code :load} does. */
    public void load(List<Path> files) {
        try {
            loaded(workspace.load(files));
        } catch (StaticErrorException e) {
            err.print(e.render());
        } catch (Workspace.Unreadable e) {
            err.println(e.getMessage());
        }
    }

    /** The names of the globals defined now. */
    public List<String> globals() {
        return workspace.program().bindings().stream().map(Binding::name).toList();
    }

    /** What may complete the word being typed, given the words before it on the line. */
    public List<String> completions(List<String> wordsBefore, String word) {
        return ReplCompletion.candidates(wordsBefore, word, globals());
    }

    // ---------------------------------------------------------------- commands

    private boolean command(String text) throws Workspace.Unreadable {
        String[] words = text.split("\\s+");
        Command command = Command.find(words[0]).orElseThrow(() -> unknown(words[0]));
        String rest = text.substring(words[0].length()).strip();
        List<String> args = Arrays.asList(words).subList(1, words.length);
        switch (command) {
            case LOAD -> loadCommand(args);
            case RELOAD -> loaded(workspace.reload());
            case BROWSE -> browse();
            case SHOW -> out.println(Printer.print(global(args)));
            case NEST -> out.println(Printer.print(nested().global(global(args).name()).orElseThrow()));
            case SET -> set(args);
            case STATS -> out.print(last("statistics").stats.toTable());
            case HEAP -> out.print(HeapSummary.of(inspected()).render());
            case DUMP -> dump(args);
            case GC -> collect();
            case TRACE -> evaluate(typedArgument(command, rest), out);
            case STEP -> startStepping(typedArgument(command, rest));
            case HELP -> out.print(Command.helpText());
            case QUIT -> {
                return false;
            }
        }
        return true;
    }

    private static ReplError unknown(String word) {
        List<String> matches = Command.allTyped().stream().filter(c -> c.startsWith(word)).toList();
        if (matches.size() > 1) return new ReplError("ambiguous command " + word + ": " + String.join(", ", matches));
        return new ReplError("unknown command " + word + "; :help lists the commands");
    }

    private void loadCommand(List<String> files) throws Workspace.Unreadable {
        if (files.isEmpty()) throw new ReplError("usage: :load FILE...");
        loaded(workspace.load(files.stream().map(Path::of).toList()));
    }

    private void loaded(Workspace next) {
        workspace = next;
        int count = next.program().bindings().size();
        out.println("loaded " + (next.files().isEmpty() ? "no files"
                : String.join(" ", next.files().stream().map(Path::toString).toList()))
                + ": " + count + (count == 1 ? " global" : " globals"));
    }

    private void browse() {
        for (Binding b : workspace.program().bindings()) {
            out.printf(Locale.ROOT, "%-20s %s%n", b.name(), kind(b.lambda()));
        }
    }

    private static String kind(LambdaForm lambda) {
        if (lambda.isFunction()) return "function, arity " + lambda.arity();
        return lambda.isThunk() ? "thunk" : "closure, not updatable";
    }

    private Binding global(List<String> args) {
        if (args.size() != 1) throw new ReplError("usage: :show NAME");
        Optional<Binding> binding = workspace.program().global(args.get(0));
        return binding.orElseThrow(() -> new ReplError("no global '" + args.get(0) + "'; :browse lists them"));
    }

    /** The workspace's program after the nesting pass, in the closure mode set (nested when flat is set). */
    private Program nested() {
        NestingOptions options = settings.nesting().mode() == ClosureMode.FLAT
                ? new NestingOptions(ClosureMode.NESTED, settings.nesting().threshold(), settings.nesting().thunkParents())
                : settings.nesting();
        return Nesting.rewrite(workspace.program(), options);
    }

    private void set(List<String> args) {
        if (args.isEmpty()) {
            out.print(settings.describe());
        } else if (args.size() == 2) {
            settings = settings.with(args.get(0), args.get(1));
        } else {
            throw new ReplError("usage: :set NAME VALUE (settings: " + String.join(", ", ReplSettings.NAMES.keySet()) + ")");
        }
    }

    private Evaluated last(String what) {
        if (lastStats == null) throw new ReplError("no " + what + " yet: evaluate an expression first");
        return new Evaluated(lastMachine, lastStats);
    }

    private record Evaluated(Machine machine, Stats stats) {
    }

    /** The machine of the last evaluation, or a fresh one holding only the static globals. */
    private Machine inspected() {
        return lastMachine != null ? lastMachine
                : ProgramRunner.load(workspace.checked(), settings.runner(Long.MAX_VALUE, null));
    }

    private void dump(List<String> args) {
        if (args.size() != 1) throw new ReplError("usage: :dump FILE");
        Path file = Path.of(args.get(0));
        try {
            HeapDump.write(inspected(), file, lastMachine != null ? "end" : "static");
        } catch (IOException e) {
            throw new ReplError("cannot write " + file + ": " + e.getMessage());
        }
        out.println("heap dumped to " + file);
    }

    private void collect() {
        Machine machine = last("heap").machine;
        int before = machine.heap().dynamicWords();
        machine.collectNow();
        out.printf(Locale.ROOT, "collected: %,d words live of %,d%n", machine.heap().dynamicWords(), before);
    }

    private SourceFile typedArgument(Command command, String rest) {
        if (rest.isEmpty()) throw new ReplError("usage: " + command.typed() + " " + command.arguments);
        return new SourceFile("<input " + ++inputs + ">", rest);
    }

    // ---------------------------------------------------------------- evaluation

    /** The program that evaluates the expression typed as {@code typed}, as the global {@code it}. */
    private CheckedProgram expressionProgram(SourceFile typed) {
        CheckedProgram program = workspace.checkWith(TypedInput.expression(typed, workspace.dialect()), typed);
        List<SourceFile> sources = new ArrayList<>(workspace.sources());
        sources.add(typed);
        return Nesting.rewrite(program, settings.nesting(), sources, Frontend.Main.OPTIONAL);
    }

    private void evaluate(SourceFile typed, PrintStream trace) {
        ProgramRunner.Outcome outcome = run(expressionProgram(typed), Long.MAX_VALUE, trace);
        report(outcome);
    }

    private ProgramRunner.Outcome run(CheckedProgram program, long stepLimit, PrintStream trace) {
        ProgramRunner.Settings runner = settings.runner(stepLimit, trace);
        Machine machine = ProgramRunner.load(program, runner);
        running = machine;
        try {
            ProgramRunner.Outcome outcome = ProgramRunner.evaluate(machine,
                    machine.program().globalAddress(TypedInput.IT), runner);
            lastMachine = machine;
            lastStats = outcome.stats();
            return outcome;
        } finally {
            running = null;
        }
    }

    private void report(ProgramRunner.Outcome outcome) {
        if (outcome.output() != null) out.println(outcome.output());
        if (!outcome.succeeded()) err.println("runtime error: " + outcome.fault().getMessage());
    }

    // ---------------------------------------------------------------- stepping

    /** An expression being stepped through: each step replays the evaluation up to it. */
    private record Stepping(CheckedProgram program, long step) {
    }

    private void startStepping(SourceFile typed) {
        stepping = new Stepping(expressionProgram(typed), 0);
        out.println("stepping: Enter for the next step, c to continue, q to quit");
        step("");
    }

    private void step(String answer) {
        switch (answer) {
            case "", "s" -> {
                Stepping next = new Stepping(stepping.program(), stepping.step() + 1);
                LastLine traced = new LastLine();
                ProgramRunner.Outcome outcome = run(next.program(), next.step(), new PrintStream(traced, true));
                if (stoppedAtStep(outcome, next.step())) {
                    stepping = next;
                    out.printf(Locale.ROOT, "%s  heap=%d%n", traced.last().strip(),
                            outcome.machine().heap().dynamicWords());
                } else {
                    stepping = null;
                    report(outcome);
                    out.println("(" + outcome.stats().steps + " steps)");
                }
            }
            case "c" -> {
                CheckedProgram program = stepping.program();
                stepping = null;
                report(run(program, Long.MAX_VALUE, null));
            }
            case "q" -> stepping = null;
            default -> err.println("Enter steps, c continues, q quits");
        }
    }

    private boolean stoppedAtStep(ProgramRunner.Outcome outcome, long step) {
        return !outcome.succeeded() && outcome.fault().kind() == RuntimeFault.Kind.STEP_LIMIT
                && step < settings.maxSteps();
    }
}
