package dev.stg.interp.difftest;

import dev.stg.core.syntax.Program;

import java.util.List;
import java.util.function.UnaryOperator;

/** A closure representation the machine must run every program in, as a rewrite of the flat program. */
record ClosureMode(String name, UnaryOperator<Program> rewrite) {

    static final ClosureMode FLAT = new ClosureMode("flat", UnaryOperator.identity());

    /** Every mode compared against flat; a new mode is one more entry. */
    static final List<ClosureMode> ALL = List.of(FLAT);
}
