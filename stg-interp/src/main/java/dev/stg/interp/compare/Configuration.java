package dev.stg.interp.compare;

import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.NestingOptions;
import dev.stg.interp.code.AccessStrategy;

import java.util.Locale;

/** One way of running a program that {@code stg compare} measures: a closure mode with its nesting options, and an access strategy. */
public record Configuration(NestingOptions nesting, AccessStrategy access) {

    /** The suffix of a mode in {@code --modes} that lets thunks be parents, as {@code --thunk-parents} does. */
    public static final String THUNK_PARENTS = "+thunk-parents";

    /** The mode as {@code --modes} spells it: {@code nested-partial+thunk-parents}. */
    public String modeName() {
        boolean thunks = nesting.thunkParents() && nesting.mode() != ClosureMode.FLAT;
        return nesting.mode().cliName() + (thunks ? THUNK_PARENTS : "");
    }

    /** How tables and messages name it: {@code nested-partial/lazy}. */
    public String name() {
        return modeName() + "/" + access.name().toLowerCase(Locale.ROOT);
    }

    /** The flat configuration with the same access strategy, which ratios are taken to. */
    public Configuration flat() {
        return new Configuration(NestingOptions.of(ClosureMode.FLAT), access);
    }

    public boolean isFlat() {
        return nesting.mode() == ClosureMode.FLAT;
    }
}
