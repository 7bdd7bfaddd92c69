package dev.stg.interp.difftest;

import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.syntax.Program;

import java.util.List;
import java.util.function.UnaryOperator;

/** A closure representation the machine must run every program in, as a rewrite of the flat program. */
record ClosureLayout(String name, UnaryOperator<Program> rewrite) {

    static final ClosureLayout FLAT = new ClosureLayout("flat", UnaryOperator.identity());

    /**
     * Every layout compared against flat; a new one is one more entry. Generated closures are
     * small, so low thresholds make the pass build parent pointers (and chains) at all.
     */
    static final List<ClosureLayout> ALL = List.of(FLAT,
            nesting(NestingOptions.of(ClosureMode.NESTED).withThreshold(1)),
            nesting(NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThreshold(1)),
            nesting(NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThreshold(0).withThunkParents(true)),
            nesting(NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThreshold(0).withThunkParents(true).withSiblings(true)));

    private static ClosureLayout nesting(NestingOptions options) {
        String name = options.mode().cliName() + " K=" + options.threshold()
                + (options.thunkParents() ? " thunk-parents" : "") + (options.siblings() ? " siblings" : "");
        return new ClosureLayout(name, program -> Nesting.rewrite(program, options));
    }
}
