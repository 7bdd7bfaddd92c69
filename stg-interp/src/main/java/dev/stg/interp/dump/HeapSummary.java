package dev.stg.interp.dump;

import dev.stg.interp.code.InfoTable;
import dev.stg.interp.code.Kind;
import dev.stg.interp.heap.Heap;
import dev.stg.interp.machine.Machine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Objects and words per info table and per kind, largest first: the same table whether it
 * is computed from a live machine or from a dump read back, which is how dumps are tested.
 */
public final class HeapSummary {

    private static final class Row {
        final String kind;
        final String label;
        long objects;
        long words;

        Row(String kind, String label) {
            this.kind = kind;
            this.label = label;
        }
    }

    private final Map<String, Row> byInfo = new LinkedHashMap<>();
    private final Map<String, Row> byKind = new LinkedHashMap<>();
    private long totalObjects;
    private long totalWords;

    private HeapSummary() {
    }

    /** Every object of the machine's heap, from the DEAD object to hp (garbage included). */
    public static HeapSummary of(Machine machine) {
        HeapSummary summary = new HeapSummary();
        Heap heap = machine.heap();
        int at = Heap.DEAD_ADDRESS;
        while (at < heap.hp) {
            InfoTable info = machine.info(at);
            int words = info.words();
            summary.add(info.kind, info.describe(), words);
            at += words;
        }
        return summary;
    }

    /** Every object of a dump; with {@code reachableOnly}, only those reachable from its roots. */
    public static HeapSummary of(HeapGraph graph, boolean reachableOnly) {
        HeapSummary summary = new HeapSummary();
        HeapImage image = graph.image();
        for (int i = 0; i < image.objectCount(); i++) {
            if (reachableOnly && !graph.isReachable(i)) continue;
            DumpInfo info = image.info(i);
            summary.add(info.kind(), info.describe(), info.objectWords());
        }
        return summary;
    }

    private void add(Kind kind, String label, int words) {
        Row row = byInfo.computeIfAbsent(kind + " " + label, k -> new Row(kind.name(), label));
        row.objects++;
        row.words += words;
        Row kindRow = byKind.computeIfAbsent(kind.name(), k -> new Row(kind.name(), ""));
        kindRow.objects++;
        kindRow.words += words;
        totalObjects++;
        totalWords += words;
    }

    public long objects() {
        return totalObjects;
    }

    public long words() {
        return totalWords;
    }

    /** Two tables, by kind then by info table, each sorted by words (then name). */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %9s %11s %7s%n", "kind", "objects", "words", "share"));
        for (Row row : sorted(byKind)) {
            out.append(String.format(Locale.ROOT, "%-12s %9d %11d %6.1f%%%n", row.kind, row.objects, row.words,
                    share(row.words)));
        }
        out.append(String.format(Locale.ROOT, "%-12s %9d %11d %6.1f%%%n", "total", totalObjects, totalWords,
                totalWords == 0 ? 0.0 : 100.0));
        out.append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "%-12s %9s %11s %7s  %s%n", "kind", "objects", "words", "share",
                "info table"));
        for (Row row : sorted(byInfo)) {
            out.append(String.format(Locale.ROOT, "%-12s %9d %11d %6.1f%%  %s%n", row.kind, row.objects, row.words,
                    share(row.words), row.label));
        }
        return out.toString();
    }

    private double share(long words) {
        return totalWords == 0 ? 0 : 100.0 * words / totalWords;
    }

    private static List<Row> sorted(Map<String, Row> rows) {
        List<Row> list = new ArrayList<>(rows.values());
        list.sort(Comparator.comparingLong((Row r) -> -r.words).thenComparing(r -> r.kind).thenComparing(r -> r.label));
        return list;
    }
}
