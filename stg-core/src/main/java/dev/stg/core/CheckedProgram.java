package dev.stg.core;

import dev.stg.core.analysis.Boxity;
import dev.stg.core.parse.Dialect;
import dev.stg.core.syntax.Program;

/**
 * A program that passed every static check, with its inferred boxity.
 *
 * @param dialect the dialect of the last file (the one a multi-file run is about, after its preludes)
 */
public record CheckedProgram(Program program, Boxity boxity, Dialect dialect) {
}
