package dev.stg.core.nest;

import java.util.Arrays;
import java.util.Locale;

/** How closures hold their free variables (docs/nesting.md), as {@code --closures} spells it. */
public enum ClosureMode {
    /** Every closure copies all its free variables. */
    FLAT,
    /** A closure may point to an enclosing closure all of whose fields it needs. */
    NESTED,
    /** A closure may point to an enclosing closure whose fields it needs only in part. */
    NESTED_PARTIAL;

    /** The command-line spelling: {@code flat}, {@code nested}, {@code nested-partial}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The mode spelled {@code name} on the command line. */
    public static ClosureMode parse(String name) {
        return Arrays.stream(values()).filter(m -> m.cliName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--closures must be one of "
                        + String.join(", ", Arrays.stream(values()).map(ClosureMode::cliName).toList())
                        + ", not '" + name + "'"));
    }
}
