package dev.stg.interp.cli;

import dev.stg.core.nest.NestingOptions;
import picocli.CommandLine.Option;

/** The nesting options {@code stg run} and {@code stg nest} share, but for the default mode. */
final class NestingFlags {

    @Option(names = "--nest-threshold", paramLabel = "K",
            description = "Store a parent pointer only when it saves at least K words (default: "
                    + NestingOptions.DEFAULT_THRESHOLD + ").")
    int threshold = NestingOptions.DEFAULT_THRESHOLD;

    @Option(names = "--thunk-parents", description = "Let updatable thunks be parents.")
    boolean thunkParents;

    @Option(names = "--siblings", description = "Let a closure also point to a closure built earlier in the same body.")
    boolean siblings;

    /** The options for {@code mode}; a usage error (IllegalArgumentException) when a flag is invalid. */
    NestingOptions options(String mode) {
        return NestingOptions.of(ClosureModes.require(mode)).withThreshold(threshold).withThunkParents(thunkParents)
                .withSiblings(siblings);
    }
}
