package dev.stg.interp.compare;

import dev.stg.interp.dump.JsonWriter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code stg compare}'s table (one row per {@link Metric}, one column per configuration, each
 * value with its ratio to flat with the same access strategy) and its JSON (README, "Comparing
 * configurations").
 */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    /** The table for one program, headed by {@code title}. */
    public static String table(String title, List<Measurement> measurements) {
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[measurements.size() + 1];
        header[0] = "";
        for (int i = 0; i < measurements.size(); i++) header[i + 1] = measurements.get(i).configuration().name();
        rows.add(header);
        for (Metric metric : Metric.values()) {
            String[] row = new String[measurements.size() + 1];
            row[0] = metric.key();
            for (int i = 0; i < measurements.size(); i++) {
                Measurement m = measurements.get(i);
                Measurement flat = Comparison.flatOf(measurements, m.configuration());
                row[i + 1] = value(metric, m) + (m == flat ? "" : " " + ratio(metric.ratio(m, flat)));
            }
            rows.add(row);
        }
        int[] widths = new int[header.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + widths[0] + "s", row[0]));
            for (int i = 1; i < row.length; i++) {
                line.append("  ").append(String.format(Locale.ROOT, "%" + widths[i] + "s", row[i]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** A ratio as tables print it: {@code 0.873}, or {@code -} when flat's value is 0. */
    public static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.3f", ratio);
    }

    private static String value(Metric metric, Measurement m) {
        long v = metric.of(m);
        return metric == Metric.TIME_NANOS ? String.format(Locale.ROOT, "%,.1f ms", v / 1e6)
                : String.format(Locale.ROOT, "%,d", v);
    }

    /**
     * One program's JSON object: {@code program}, {@code heapInitialWords}, {@code runs}, and
     * {@code configurations}, each with {@code name}, {@code closures}, {@code thunkParents},
     * {@code nestThreshold}, {@code access}, {@code closuresTotal}, every metric's key, and
     * {@code ratios} (the metrics over flat's; null where flat's is 0).
     */
    public static void json(JsonWriter json, String program, int heapInitialWords, int runs,
                            List<Measurement> measurements) throws IOException {
        json.beginObject()
                .name("program").value(program)
                .name("heapInitialWords").value(heapInitialWords)
                .name("runs").value(runs)
                .name("configurations").beginArray();
        for (Measurement m : measurements) {
            Configuration c = m.configuration();
            json.beginObject()
                    .name("name").value(c.name())
                    .name("closures").value(c.nesting().mode().cliName())
                    .name("thunkParents").value(c.nesting().thunkParents())
                    .name("nestThreshold").value(c.nesting().threshold())
                    .name("access").value(c.access().name().toLowerCase(Locale.ROOT))
                    .name("closuresTotal").value(m.census().closures());
            for (Metric metric : Metric.values()) json.name(metric.key()).value(metric.of(m));
            json.name("ratios").beginObject();
            Measurement flat = Comparison.flatOf(measurements, c);
            for (Metric metric : Metric.values()) json.name(metric.key()).value(metric.ratio(m, flat));
            json.endObject().endObject();
        }
        json.endArray().endObject();
    }

    /** {@link #json} as a document of its own. */
    public static void json(Writer out, String program, int heapInitialWords, int runs,
                            List<Measurement> measurements) throws IOException {
        json(new JsonWriter(out), program, heapInitialWords, runs, measurements);
        out.write('\n');
    }
}
