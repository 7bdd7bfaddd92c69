package dev.stg.interp.repl;

import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.NestingOptions;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.machine.StepTracer;
import dev.stg.interp.run.ProgramRunner;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code :set} changes: how the next evaluations compile and run. */
record ReplSettings(AccessStrategy access, boolean gcStress, long maxSteps, NestingOptions nesting) {

    /** The settings {@code :set} knows, with the values it completes. */
    static final Map<String, List<String>> NAMES = names();

    static ReplSettings defaults() {
        return new ReplSettings(AccessStrategy.LAZY, false, Long.MAX_VALUE, NestingOptions.of(ClosureMode.FLAT));
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("access", Arrays.stream(AccessStrategy.values()).map(AccessStrategy::cliName).toList());
        names.put("gc-stress", List.of("on", "off"));
        names.put("max-steps", List.of("none"));
        names.put("closures", Arrays.stream(ClosureMode.values()).map(ClosureMode::cliName).toList());
        names.put("threshold", List.of(Integer.toString(NestingOptions.DEFAULT_THRESHOLD)));
        names.put("thunk-parents", List.of("on", "off"));
        names.put("siblings", List.of("on", "off"));
        return names;
    }

    /** These settings with {@code name} set to {@code value}; a bad name or value is a {@link ReplError}. */
    ReplSettings with(String name, String value) {
        switch (name) {
            case "access":
                return new ReplSettings(access(value), gcStress, maxSteps, nesting);
            case "gc-stress":
                return new ReplSettings(access, onOff(name, value), maxSteps, nesting);
            case "max-steps":
                return new ReplSettings(access, gcStress, steps(value), nesting);
            case "closures":
                return new ReplSettings(access, gcStress, maxSteps, nesting.withMode(closures(value)));
            case "threshold":
                return new ReplSettings(access, gcStress, maxSteps, nesting.withThreshold(threshold(value)));
            case "thunk-parents":
                return new ReplSettings(access, gcStress, maxSteps, nesting.withThunkParents(onOff(name, value)));
            case "siblings":
                return new ReplSettings(access, gcStress, maxSteps, nesting.withSiblings(onOff(name, value)));
            default:
                throw new ReplError("no setting '" + name + "'; settings: "
                        + String.join(", ", NAMES.keySet()));
        }
    }

    /** One {@code name value} line per setting. */
    String describe() {
        return String.format(Locale.ROOT, "access         %s%ngc-stress      %s%nmax-steps      %s%n"
                        + "closures       %s%nthreshold      %d%nthunk-parents  %s%nsiblings       %s%n",
                access.cliName(), gcStress ? "on" : "off",
                maxSteps == Long.MAX_VALUE ? "none" : Long.toString(maxSteps), nesting.mode().cliName(),
                nesting.threshold(), nesting.thunkParents() ? "on" : "off", nesting.siblings() ? "on" : "off");
    }

    /** The runner settings for an evaluation; {@code tracer} may be null. */
    ProgramRunner.Settings runner(long stepLimit, StepTracer tracer) {
        MachineOptions machine = MachineOptions.defaults().withGcStress(gcStress)
                .withMaxSteps(Math.min(stepLimit, maxSteps)).withTracer(tracer);
        return ProgramRunner.Settings.defaults().withMachine(machine).withAccess(access);
    }

    private static AccessStrategy access(String value) {
        try {
            return AccessStrategy.parse("access", value);
        } catch (IllegalArgumentException e) {
            throw new ReplError(e.getMessage());
        }
    }

    private static ClosureMode closures(String value) {
        try {
            return ClosureMode.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ReplError(e.getMessage().replace("--closures", "closures"));
        }
    }

    private static int threshold(String value) {
        try {
            int words = Integer.parseInt(value);
            if (words >= 0) return words;
        } catch (NumberFormatException e) {
            // reported below, with the values that are accepted
        }
        throw new ReplError("threshold must be 0 or more words, not '" + value + "'");
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
