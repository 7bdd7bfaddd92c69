package dev.stg.interp.stats;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The machine's counters (docs/machine.md, "Statistics"). Plain fields bumped in the run loop: cheap
 * enough to stay on in every run.
 */
public final class Stats {

    public long steps;
    public long allocWords;
    public long allocObjects;
    public long allocFun;
    public long allocThunk;
    public long allocCon;
    public long allocPap;
    public long allocFrame;
    public long fvStores;
    public long fvLoads;
    public long parentHops;
    public long updates;
    public long gcCount;
    public long gcCopiedWords;
    public long maxResidencyWords;
    public long maxStackWords;
    public long mutatorNanos;
    public long gcNanos;

    /** The statistics in the documented key order, with {@code allocWordsByKind} nested. */
    public Map<String, Object> asMap() {
        Map<String, Object> byKind = new LinkedHashMap<>();
        byKind.put("fun", allocFun);
        byKind.put("thunk", allocThunk);
        byKind.put("con", allocCon);
        byKind.put("pap", allocPap);
        byKind.put("frame", allocFrame);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("steps", steps);
        map.put("allocWords", allocWords);
        map.put("allocObjects", allocObjects);
        map.put("allocWordsByKind", byKind);
        map.put("fvStores", fvStores);
        map.put("fvLoads", fvLoads);
        map.put("parentHops", parentHops);
        map.put("updates", updates);
        map.put("gcCount", gcCount);
        map.put("gcCopiedWords", gcCopiedWords);
        map.put("maxResidencyWords", maxResidencyWords);
        map.put("maxStackWords", maxStackWords);
        map.put("mutatorNanos", mutatorNanos);
        map.put("gcNanos", gcNanos);
        return map;
    }

    public String toJson() {
        return json(asMap());
    }

    private static String json(Map<String, Object> map) {
        StringBuilder out = new StringBuilder("{");
        String sep = "";
        for (Map.Entry<String, Object> e : map.entrySet()) {
            out.append(sep).append('"').append(e.getKey()).append("\":");
            if (e.getValue() instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked") Map<String, Object> inner = (Map<String, Object>) nested;
                out.append(json(inner));
            } else {
                out.append(e.getValue());
            }
            sep = ",";
        }
        return out.append('}').toString();
    }

    /** A human-readable table, for {@code --stats} on stderr, with the step rate. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Object> e : asMap().entrySet()) {
            if (e.getValue() instanceof Map<?, ?> nested) {
                for (Map.Entry<?, ?> k : nested.entrySet()) {
                    row(out, e.getKey() + "." + k.getKey(), (Long) k.getValue());
                }
            } else {
                row(out, e.getKey(), (Long) e.getValue());
            }
        }
        double seconds = mutatorNanos / 1e9;
        if (seconds > 0) {
            out.append(String.format(Locale.ROOT, "%-24s %,18.0f%n", "stepsPerSecond", steps / seconds));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String key, long value) {
        out.append(String.format(Locale.ROOT, "%-24s %,18d%n", key, value));
    }
}
