package dev.stg.interp.cli;

import java.util.Iterator;
import java.util.List;

/** The closure representations {@code --closures} accepts. */
final class ClosureModes implements Iterable<String> {

    static final List<String> MODES = List.of("flat");

    @Override
    public Iterator<String> iterator() {
        return MODES.iterator();
    }

    static void require(String mode) {
        if (!MODES.contains(mode)) {
            throw new IllegalArgumentException("--closures must be one of " + String.join(", ", MODES)
                    + ", not '" + mode + "'");
        }
    }
}
