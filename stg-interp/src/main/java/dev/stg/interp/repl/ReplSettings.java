package dev.stg.interp.repl;

import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code :set} changes: how the next evaluations compile and run. */
record ReplSettings(AccessStrategy access, boolean gcStress, long maxSteps) {

    /** The settings {@code :set} knows, with the values it completes. */
    static final Map<String, List<String>> NAMES = names();

    static ReplSettings defaults() {
        return new ReplSettings(AccessStrategy.LAZY, false, Long.MAX_VALUE);
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("access", List.of("lazy", "eager"));
        names.put("gc-stress", List.of("on", "off"));
        names.put("max-steps", List.of("none"));
        return names;
    }

    /** These settings with {@code name} set to {@code value}; a bad name or value is a {@link ReplError}. */
    ReplSettings with(String name, String value) {
        switch (name) {
            case "access":
                return new ReplSettings(access(value), gcStress, maxSteps);
            case "gc-stress":
                return new ReplSettings(access, onOff(name, value), maxSteps);
            case "max-steps":
                return new ReplSettings(access, gcStress, steps(value));
            default:
                throw new ReplError("no setting '" + name + "'; settings: "
                        + String.join(", ", NAMES.keySet()));
        }
    }

    /** One {@code name value} line per setting. */
    String describe() {
        return String.format(Locale.ROOT, "access      %s%ngc-stress   %s%nmax-steps   %s%n",
                access.name().toLowerCase(Locale.ROOT), gcStress ? "on" : "off",
                maxSteps == Long.MAX_VALUE ? "none" : Long.toString(maxSteps));
    }

    /** The runner settings for an evaluation; {@code trace} may be null. */
    ProgramRunner.Settings runner(long stepLimit, PrintStream trace) {
        MachineOptions machine = MachineOptions.defaults().withGcStress(gcStress)
                .withMaxSteps(Math.min(stepLimit, maxSteps)).withTrace(trace);
        return ProgramRunner.Settings.defaults().withMachine(machine).withAccess(access);
    }

    private static AccessStrategy access(String value) {
        if (value.equals("lazy")) return AccessStrategy.LAZY;
        if (value.equals("eager")) return AccessStrategy.EAGER;
        throw new ReplError("access must be lazy or eager, not '" + value + "'");
    }

    private static boolean onOff(String name, String value) {
        if (value.equals("on")) return true;
        if (value.equals("off")) return false;
        throw new ReplError(name + " must be on or off, not '" + value + "'");
    }

    private static long steps(String value) {
        if (value.equals("none")) return Long.MAX_VALUE;
        try {
            long steps = Long.parseLong(value);
            if (steps > 0) return steps;
        } catch (NumberFormatException e) {
            // reported below, with the values that are accepted
        }
        throw new ReplError("max-steps must be a positive number of steps or none, not '" + value + "'");
    }
}
