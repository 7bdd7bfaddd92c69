package dev.stg.interp.code;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** How a body reads its free variables (docs/machine.md, "Code and operands"; the auto rule: docs/nesting.md). */
public enum AccessStrategy {
    /** Read each free variable through the closure (and its parent chain) at every use. */
    LAZY,
    /** Copy every free variable into a register slot on entry. */
    EAGER,
    /**
     * Per variable: copy into a register on entry those the body reads more than once on some
     * path, read the others (passed on, or read at most once) through the closure at their use.
     */
    AUTO;

    /** The command-line spelling. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The strategy spelled {@code name}; the message names {@code option} and every spelling. */
    public static AccessStrategy parse(String option, String name) {
        return Arrays.stream(values()).filter(s -> s.cliName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(option + " must be one of "
                        + String.join(", ", Arrays.stream(values()).map(AccessStrategy::cliName).toList())
                        + ", not '" + name + "'"));
    }

    /** Whether a body whose reads are {@code counts} ({@link ReadCounts}) loads {@code variable} on entry. */
    boolean loadsOnEntry(Map<String, Integer> counts, String variable) {
        return switch (this) {
            case LAZY -> false;
            case EAGER -> true;
            case AUTO -> counts.getOrDefault(variable, 0) >= ReadCounts.MANY;
        };
    }
}
