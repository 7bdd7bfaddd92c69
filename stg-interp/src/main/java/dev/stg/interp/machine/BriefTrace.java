package dev.stg.interp.machine;

import dev.stg.interp.code.Code;
import dev.stg.interp.code.InfoTable;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code --trace} and {@code :trace}: one line per step, the rule, the stack depth and where
 * (a source position, or the closure or frame the rule acts on). Steps the value printer runs
 * to force a part of the result end in {@code [printer]}.
 */
public final class BriefTrace implements StepTracer {

    private final Consumer<String> out;
    private boolean forPrinter;

    /** @param out receives each step's line, without a line end */
    public BriefTrace(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void evaluationStarts(Machine machine, boolean forPrinter) {
        this.forPrinter = forPrinter;
    }

    @Override
    public void step(Machine machine, long step, Rule rule, Object at, int sp, long value, boolean pointer) {
        String where;
        if (at instanceof Code c) {
            where = c.span.isKnown() ? c.span.location() : "";
        } else {
            where = ((InfoTable) at).describe();
        }
        out.accept(String.format(Locale.ROOT, "%8d  %-19s stack=%-6d %s%s", step, rule.name(), sp, where,
                forPrinter ? "  [printer]" : ""));
    }
}
