package dev.stg.interp.compare;

import dev.stg.interp.code.Code;
import dev.stg.interp.code.InfoTable;
import dev.stg.interp.code.Kind;
import dev.stg.interp.machine.Machine;
import dev.stg.interp.machine.Rule;
import dev.stg.interp.machine.StepTracer;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Counts, for every heap closure a let builds (constructors excepted), how many times it is
 * built and the field words stored: where a run's free-variable stores come from. A tracer,
 * so it slows the run; docs/evidence.md uses it once per program, on flat.
 */
final class AllocationProfile implements StepTracer {

    /** Per info table: objects built, field words stored. */
    final Map<InfoTable, long[]> built = new IdentityHashMap<>();

    @Override
    public void step(Machine machine, long step, Rule rule, Object at, int sp, long value, boolean pointer) {
        if (rule != Rule.LET || !(at instanceof Code.Let let)) return;
        for (Code.Alloc a : let.allocs) {
            if (a.info().kind == Kind.CON) continue;
            long[] counts = built.computeIfAbsent(a.info(), info -> new long[2]);
            counts[0]++;
            counts[1] += a.fieldOperands().length;
        }
    }
}
