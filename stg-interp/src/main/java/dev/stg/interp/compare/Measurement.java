package dev.stg.interp.compare;

import dev.stg.core.nest.NestingCensus;
import dev.stg.interp.stats.Stats;

/**
 * One configuration's run of a program.
 *
 * @param census      the closures of the program as the nesting pass left it
 * @param output      what the run wrote and printed, and its fault report: what configurations must agree on
 * @param stats       the counters of the first run (they do not vary between runs)
 * @param sameStepResidencyWords the most live words at collections forced at the same steps in every
 *                               configuration ({@link SameStepResidency}), in a run of its own
 * @param medianNanos the median wall time of the timed runs
 */
public record Measurement(Configuration configuration, NestingCensus census, String output, Stats stats,
                          long sameStepResidencyWords, long medianNanos) {
}
