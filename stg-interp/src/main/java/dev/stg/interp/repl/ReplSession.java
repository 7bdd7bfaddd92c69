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
import dev.stg.interp.code.CompiledProgram;
import dev.stg.interp.dump.HeapDump;
import dev.stg.interp.dump.HeapSummary;
import dev.stg.interp.machine.BriefTrace;
import dev.stg.interp.machine.Machine;
import dev.stg.interp.machine.Rule;
import dev.stg.interp.machine.StepTracer;
import dev.stg.interp.machine.StepView;
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
    /** {@code :set +s}: print time, steps and allocation after each evaluation. */
    private boolean timing;

    public ReplSession(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Handles one whole input (see {@link #isComplete}); false when the session should end. */
    public boolean handle(String input) {
        String text = input.strip();
        if (text.startsWith(":{")) return handle(InputCompleteness.group(text));
        try {
            if (stepping != null && text.startsWith(":")) {
                out.println("stepping stopped");
                stepping = null;
            }
            if (stepping != null) {
                step(text);
            } else if (text.startsWith(":")) {
                return command(text);
            } else if (!text.isEmpty()) {
                SourceFile typed = new SourceFile("<input " + ++inputs + ">", input.stripTrailing());
                if (TypedInput.isBinding(text)) {
                    workspace = workspace.define(TypedInput.bindings(typed), typed, TypedInput.hidden(inputs));
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

    /**
     * A script's input that was still open (a bracket, a trailing {@code ->}) when
     * {@code endedBy} came: it is not evaluated, and the next line starts a new input.
     */
    public void reportIncomplete(String text, int line, String endedBy) {
        String first = text.lines().findFirst().orElse("").strip();
        if (first.length() > 60) first = first.substring(0, 60) + "...";
        err.println("line " + line + ": incomplete input, ended by " + endedBy + ": " + first);
        err.println("  expected: every bracket closed and nothing left after '->', '=', 'in' or 'of'"
                + (text.strip().startsWith(":{") ? ", or ':}' closing the ':{'" : ""));
        err.flush();
    }

    /** A script line the session refused to read (see {@link ScriptInput}). */
    public void reportSkipped(String message) {
        err.println(message);
        err.flush();
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
        replaceWorkspace(() -> workspace.load(files));
        out.flush();
        err.flush();
    }

    /** The names of the globals defined now. */
    public List<String> globals() {
        return workspace.program().bindings().stream().map(Binding::name).filter(n -> !TypedInput.isHidden(n)).toList();
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
            case RELOAD -> replaceWorkspace(workspace::reload);
            case BROWSE -> browse();
            case SHOW -> out.println(Printer.print(global(args)));
            case NEST -> nest(args);
            case INFO -> info(args);
            case SET -> set(args);
            case STATS -> out.print(last("statistics").stats.toTable());
            case HEAP -> heap();
            case DUMP -> dump(args);
            case GC -> collect();
            case TRACE -> evaluate(typedArgument(command, rest), new BriefTrace(out::println));
            case STEP -> startStepping(typedArgument(command, rest));
            case HELP -> help(args);
            case QUIT -> {
                return false;
            }
        }
        return true;
    }

    /** {@code :help}, or {@code :help rules}: the machine's rules, each with why it fires. */
    private void help(List<String> args) {
        if (args.isEmpty()) {
            out.print(Command.helpText());
        } else if (args.equals(List.of("rules"))) {
            out.println("The rules of the machine; :step and stg run --trace=full name the one each step fires.");
            for (Rule rule : Rule.values()) out.printf(Locale.ROOT, "  %-20s %s%n", rule.name(), rule.description);
        } else {
            throw new ReplError(":help takes nothing or 'rules', not '" + String.join(" ", args) + "'");
        }
    }

    private static ReplError unknown(String word) {
        List<String> matches = Command.allTyped().stream().filter(c -> c.startsWith(word)).toList();
        if (matches.size() > 1) return new ReplError("ambiguous command " + word + ": " + String.join(", ", matches));
        return new ReplError("unknown command " + word + "; :help lists the commands");
    }

    private void loadCommand(List<String> files) {
        if (files.isEmpty()) throw new ReplError("usage: :load FILE...");
        replaceWorkspace(() -> workspace.load(files.stream().map(Path::of).toList()));
    }

    private interface WorkspaceChange {
        Workspace apply() throws Workspace.Unreadable;
    }

    /** Loads or reloads; on failure says that the session still has what it had. */
    private void replaceWorkspace(WorkspaceChange change) {
        try {
            loaded(change.apply());
        } catch (StaticErrorException e) {
            err.print(e.render());
            err.println(unchanged());
        } catch (Workspace.Unreadable e) {
            err.println(e.getMessage());
            err.println(unchanged());
        }
    }

    private String unchanged() {
        int count = globals().size();
        String files = workspace.files().isEmpty() ? "no files"
                : String.join(" ", workspace.files().stream().map(Path::toString).toList());
        return "nothing changed: the session still has " + files + " loaded (" + count
                + (count == 1 ? " global)" : " globals)");
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
            if (TypedInput.isHidden(b.name())) continue;
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
                ? settings.nesting().withMode(ClosureMode.NESTED)
                : settings.nesting();
        return Nesting.rewrite(workspace.program(), options);
    }

    private void set(List<String> args) {
        if (args.isEmpty()) {
            out.print(settings.describe());
            out.println("+s             " + (timing ? "on" : "off"));
        } else if (args.size() == 1 && (args.get(0).equals("+s") || args.get(0).equals("-s"))) {
            timing = args.get(0).equals("+s");
            out.println(timing ? "+s: each evaluation now prints its time, steps and allocated words"
                    : "-s: evaluations no longer print their time, steps and allocated words");
        } else if (args.size() == 2) {
            settings = settings.with(args.get(0), args.get(1));
            out.println(args.get(0) + " set to " + args.get(1));
        } else {
            throw new ReplError("usage: :set NAME VALUE, :set +s or :set -s (settings: "
                    + String.join(", ", ReplSettings.NAMES.keySet()) + ")");
        }
    }

    private void info(List<String> args) {
        if (args.size() != 1) throw new ReplError("usage: :info NAME");
        CheckedProgram program = Nesting.rewrite(workspace.checked(), settings.nesting(), workspace.sources(),
                Frontend.Main.OPTIONAL);
        CompiledProgram compiled = ProgramRunner.compile(program, settings.access());
        String text = new ClosureInfo(program.program(), compiled).describe(args.get(0));
        if (text.isEmpty()) {
            throw new ReplError("no closure named '" + args.get(0) + "'; :browse lists the globals");
        }
        out.print(text);
    }

    private void nest(List<String> args) {
        Binding flat = global(args);
        Binding nested = nested().global(flat.name()).orElseThrow();
        out.println(Printer.print(nested));
        if (Printer.print(nested).equals(Printer.print(flat))) {
            out.println("-- nothing nested in " + flat.name() + ": no closure in it saves "
                    + settings.nesting().threshold() + " words or more through a parent pointer"
                    + " (:set threshold K lowers the bar)");
        }
    }

    /** The heap of the last evaluation; its words are the statics and the dynamic objects, as :gc counts them. */
    private void heap() {
        Machine machine = last("heap").machine;
        HeapSummary summary = HeapSummary.of(machine);
        int dynamic = machine.heap().dynamicWords();
        out.printf(Locale.ROOT, "heap: %,d words: %,d static, %,d dynamic (garbage included until :gc)%n%n",
                summary.words(), summary.words() - dynamic, dynamic);
        out.print(summary.render());
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
        int live = machine.heap().dynamicWords();
        long statics = HeapSummary.of(machine).words() - live;
        out.printf(Locale.ROOT, "collected: %,d dynamic words live of %,d; with %,d static, the heap holds %,d words%n",
                live, before, statics, statics + live);
    }

    private SourceFile typedArgument(Command command, String rest) {
        if (rest.isEmpty()) throw new ReplError("usage: " + command.typed() + " " + command.arguments);
        return new SourceFile("<input " + ++inputs + ">", rest);
    }

    // ---------------------------------------------------------------- evaluation

    /**
     * The expression typed as {@code typed}, bound to {@code it}, and the program that evaluates
     * it. Uses of {@code it} in the expression read the value {@code it} named until now, which
     * takes the hidden name {@code previous} (null when there is no {@code it} yet).
     */
    private record Expression(Binding it, String previous, SourceFile typed, CheckedProgram program) {
    }

    private Expression expression(SourceFile typed) {
        Binding it = TypedInput.expression(typed, workspace.dialect());
        String previous = null;
        if (workspace.program().global(TypedInput.IT).isPresent()) {
            previous = TypedInput.hidden(inputs);
            it = GlobalRename.apply(it, TypedInput.IT, previous);
        } else if (GlobalRename.uses(it, TypedInput.IT)) {
            throw new ReplError("no value for 'it' yet: it names the value of the last expression evaluated");
        }
        CheckedProgram program = workspace.checkEvaluation(it, previous, typed);
        List<SourceFile> sources = new ArrayList<>(workspace.sources());
        sources.add(typed);
        return new Expression(it, previous, typed,
                Nesting.rewrite(program, settings.nesting(), sources, Frontend.Main.OPTIONAL));
    }

    private void evaluate(SourceFile typed, StepTracer tracer) {
        evaluate(expression(typed), tracer);
    }

    private void evaluate(Expression expression, StepTracer tracer) {
        ProgramRunner.Outcome outcome = run(expression.program(), Long.MAX_VALUE, tracer);
        report(outcome);
        if (outcome.succeeded()) remember(expression);
    }

    /** {@code it} names the value just printed, as in GHCi; a failed evaluation leaves it as it was. */
    private void remember(Expression expression) {
        workspace = workspace.evaluated(expression.it(), expression.previous(), expression.typed());
    }

    private ProgramRunner.Outcome run(CheckedProgram program, long stepLimit, StepTracer tracer) {
        ProgramRunner.Settings runner = settings.runner(stepLimit, tracer);
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
        if (!outcome.succeeded()) {
            RuntimeFault fault = outcome.fault();
            if (fault.kind() == RuntimeFault.Kind.STEP_LIMIT) {
                err.println("runtime error: " + fault.getMessage().replace("(--max-steps)", "(:set max-steps N changes the limit)"));
            } else if (fault.kind() == RuntimeFault.Kind.EXITED) {
                err.println("the program exited with status " + fault.exitStatus());
            } else {
                err.println(outcome.faultReport("runtime error: "));
            }
        }
        if (timing) {
            Stats stats = outcome.stats();
            out.printf(Locale.ROOT, "(%.3f s, %,d steps, %,d words allocated)%n",
                    (stats.mutatorNanos + stats.gcNanos) / 1e9, stats.steps, stats.allocWords);
        }
    }

    // ---------------------------------------------------------------- stepping

    /** An expression being stepped through: each step replays the evaluation up to it. */
    private record Stepping(Expression expression, long step) {
    }

    private void startStepping(SourceFile typed) {
        stepping = new Stepping(expression(typed), 0);
        out.println("stepping: Enter for the next step, c to continue, q to quit");
        step("");
    }

    private void step(String answer) {
        switch (answer) {
            case "", "s" -> {
                Stepping next = new Stepping(stepping.expression(), stepping.step() + 1);
                List<SourceFile> sources = new ArrayList<>(workspace.sources());
                sources.add(next.expression().typed());
                String[] view = new String[1];
                ProgramRunner.Outcome outcome = run(next.expression().program(), next.step(),
                        new StepView(sources, shown -> view[0] = shown, next.step()));
                if (stoppedAtStep(outcome, next.step())) {
                    stepping = next;
                    out.print(view[0]);
                    out.printf(Locale.ROOT, "  heap     %d words in use after this step%n", outcome.machine().heap().dynamicWords());
                } else {
                    stepping = null;
                    report(outcome);
                    out.println("(" + outcome.stats().steps + " steps)");
                    if (outcome.succeeded()) remember(next.expression());
                }
            }
            case "c" -> {
                Expression expression = stepping.expression();
                stepping = null;
                evaluate(expression, null);
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
