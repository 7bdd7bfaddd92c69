package dev.stg.interp.cli;

import dev.stg.core.nest.ClosureMode;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** The closure representations {@code --closures} accepts. */
final class ClosureModes implements Iterable<String> {

    static final List<String> MODES = Arrays.stream(ClosureMode.values()).map(ClosureMode::cliName).toList();

    @Override
    public Iterator<String> iterator() {
        return MODES.iterator();
    }

    /** The mode spelled {@code mode}, or a usage error naming the valid ones. */
    static ClosureMode require(String mode) {
        return ClosureMode.parse(mode);
    }
}
