package dev.stg.interp.difftest;

import dev.stg.interp.code.AccessStrategy;

import java.util.ArrayList;
import java.util.List;

/** One way of running a program: closure mode, access strategy, GC stress. */
record Configuration(ClosureLayout mode, AccessStrategy access, boolean gcStress) {

    static final Configuration REFERENCE = new Configuration(ClosureLayout.FLAT, AccessStrategy.LAZY, false);

    static List<Configuration> all() {
        List<Configuration> all = new ArrayList<>();
        for (ClosureLayout mode : ClosureLayout.ALL) {
            for (AccessStrategy access : AccessStrategy.values()) {
                for (boolean stress : new boolean[] {false, true}) all.add(new Configuration(mode, access, stress));
            }
        }
        return all;
    }

    @Override
    public String toString() {
        return mode.name() + "/" + access.name().toLowerCase() + (gcStress ? "/gc-stress" : "");
    }
}
