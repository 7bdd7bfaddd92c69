package dev.stg.interp.cli;

import dev.stg.interp.code.AccessStrategy;
import picocli.CommandLine.Option;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code --access}: one strategy for a run, one or more for a comparison. */
final class AccessFlags {

    @Option(names = "--access", paramLabel = "STRATEGY[,...]", split = ",", defaultValue = "lazy",
            description = "Free-variable access: lazy (read through the closure at each use), eager "
                    + "(load all on entry) or auto (load on entry those read more than once); a comparison "
                    + "takes several, separated by commas (default: ${DEFAULT-VALUE}).")
    List<String> access;

    /** The one strategy of a run; a usage error names a bad one, or a list. */
    AccessStrategy single() {
        if (access.size() != 1) {
            throw new IllegalArgumentException("--access takes one strategy for a run, not " + String.join(",", access)
                    + " (stg compare and stg ghc --compare take several)");
        }
        return AccessStrategy.parse("--access", access.get(0));
    }

    /** The strategies of a comparison, in the order given, each once. */
    Set<AccessStrategy> all() {
        Set<AccessStrategy> strategies = new LinkedHashSet<>();
        for (String strategy : access) strategies.add(AccessStrategy.parse("--access", strategy));
        return strategies;
    }
}
