package dev.stg.interp.difftest;

import dev.stg.core.analysis.FreeVariables;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.Program;

import java.util.IdentityHashMap;

/**
 * A generated program with empty free-variable lists, and the types the generator meant for its
 * binders and expressions (by identity, so they survive shrinking of other parts of the tree).
 */
record GeneratedProgram(long seed, Program program, IdentityHashMap<Binder, Type> binderTypes,
                        IdentityHashMap<Expr, Type> exprTypes) {

    /** The program with exact free-variable lists, ready for the front end. */
    Program filled() {
        return FreeVariables.fill(program);
    }

    GeneratedProgram with(Program other) {
        return new GeneratedProgram(seed, other, binderTypes, exprTypes);
    }
}
