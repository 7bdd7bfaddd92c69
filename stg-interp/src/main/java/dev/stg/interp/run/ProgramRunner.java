package dev.stg.interp.run;

import dev.stg.core.CheckedProgram;
import dev.stg.core.parse.Dialect;
import dev.stg.core.syntax.Rep;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.code.CodeGen;
import dev.stg.interp.code.CompiledProgram;
import dev.stg.interp.machine.Machine;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.machine.RuntimeFault;
import dev.stg.interp.machine.ValuePrinter;
import dev.stg.interp.stats.Stats;

/**
 * Runs {@code main} of a checked program and prints its value: the one path the CLI, the
 * REPL, the tests and the benchmarks share.
 */
public final class ProgramRunner {

    /** What ministg prints when an {@code ERROR} object is evaluated. */
    public static final String MINISTG_EXCEPTION = "Exception raised!";

    /**
     * @param printDepth how deeply nested (in non-last fields) a printed value may be
     * @param printNodes how many constructors a printed value may have before {@code ...}
     */
    public record Settings(AccessStrategy access, MachineOptions machine, int printDepth, long printNodes) {

        public static Settings defaults() {
            return new Settings(AccessStrategy.LAZY, MachineOptions.defaults(), 10_000, 1_000_000);
        }

        public Settings withMachine(MachineOptions options) {
            return new Settings(access, options, printDepth, printNodes);
        }

        public Settings withAccess(AccessStrategy strategy) {
            return new Settings(strategy, machine, printDepth, printNodes);
        }
    }

    /**
     * How a run ended: the printed value (or what ministg prints for ERROR), or the fault.
     *
     * @param fault null when the run succeeded
     */
    public record Outcome(String output, RuntimeFault fault, Stats stats, Machine machine) {

        public boolean succeeded() {
            return fault == null;
        }

        public int exitStatus() {
            return fault == null ? 0 : fault.exitStatus();
        }

        /**
         * What stderr says about the fault, or null when nothing: a raised value's text alone, as
         * GHC prints an uncaught error's message; nothing for exit; else {@code prefix} and the message.
         */
        public String faultReport(String prefix) {
            if (fault == null || fault.kind() == RuntimeFault.Kind.EXITED) return null;
            return fault.kind() == RuntimeFault.Kind.RAISED ? fault.getMessage() : prefix + fault.getMessage();
        }
    }

    private ProgramRunner() {
    }

    public static Machine load(CheckedProgram checked, Settings settings) {
        return new Machine(compile(checked, settings.access()), settings.machine());
    }

    public static CompiledProgram compile(CheckedProgram checked, AccessStrategy access) {
        return CodeGen.compile(checked.program(), checked.boxity(), access, checked.dialect());
    }

    /** Evaluates {@code main} fully and prints it in the program's dialect. */
    public static Outcome runMain(CheckedProgram checked, Settings settings) {
        return runMain(compile(checked, settings.access()), settings);
    }

    /**
     * Runs {@code main} of a program compiled once on a fresh machine: a machine serves one
     * evaluation of main, since it updates the CAFs in its heap (the benchmarks run many).
     */
    public static Outcome runMain(CompiledProgram compiled, Settings settings) {
        Machine machine = new Machine(compiled, settings.machine());
        return evaluate(machine, compiled.globalAddress("main"), settings);
    }

    /** Evaluates the object at {@code address} fully and prints it; then the program's files are closed. */
    public static Outcome evaluate(Machine machine, long address, Settings settings) {
        Dialect dialect = machine.program().dialect();
        boolean ministg = dialect == Dialect.MINISTG;
        ValuePrinter printer = new ValuePrinter(machine, switch (dialect) {
            case MINISTG -> ValuePrinter.Style.MINISTG;
            case GHC -> ValuePrinter.Style.GHC;
            case NATIVE -> ValuePrinter.Style.NATIVE;
        }, settings.printDepth(), settings.printNodes());
        try {
            String output = printer.print(machine.evaluate(address), machine.program().resultRep(address));
            return new Outcome(output, null, machine.stats(), machine);
        } catch (RuntimeFault thrown) {
            RuntimeFault fault = thrown.kind() == RuntimeFault.Kind.RAISED ? raised(printer, thrown) : thrown;
            String output = ministg && fault.kind() == RuntimeFault.Kind.ERROR_CALLED ? MINISTG_EXCEPTION : null;
            return new Outcome(output, fault, machine.stats(), machine);
        } finally {
            // The run ends here, printing included (a lazily read file is read while printed).
            machine.foreignCalls().close();
        }
    }

    /**
     * A raise# fault whose message is the raised value: forced to its text when it is a
     * [Char], printed as a value otherwise. Forcing it may fault in turn: then that fault is the outcome.
     */
    private static RuntimeFault raised(ValuePrinter printer, RuntimeFault fault) {
        try {
            String text = printer.text(fault.payload());
            String message = text != null ? text : printer.print(new Machine.Result(fault.payload(), true), Rep.POINTER);
            return new RuntimeFault(RuntimeFault.Kind.RAISED, message, fault.payload());
        } catch (RuntimeFault inner) {
            return inner.kind() == RuntimeFault.Kind.RAISED ? raised(printer, inner) : inner;
        }
    }
}
