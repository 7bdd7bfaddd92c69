package dev.stg.interp.dump;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parent chains of nested closures: objects whose PARENT fields reach their enclosing
 * closures' fields instead of copying them. A parent edge whose mask demands k of the
 * parent's fields stands for the k words a flat closure would copy, so it saves k - 1 words.
 */
public final class ParentChains {

    private static final class Row {
        final DumpInfo info;
        final int example;
        long objects;
        long edges;
        long saved;

        Row(DumpInfo info, int example) {
            this.info = info;
            this.example = example;
        }
    }

    private ParentChains() {
    }

    public static String report(HeapGraph graph) {
        HeapImage image = graph.image();
        Map<Integer, Row> rows = new LinkedHashMap<>();
        for (int o = 0; o < image.objectCount(); o++) {
            DumpInfo info = image.info(o);
            if (firstParentField(info) < 0) continue;
            final int example = o;
            Row row = rows.computeIfAbsent(info.index(), k -> new Row(info, example));
            row.objects++;
            for (int f = 0; f < info.fieldCount(); f++) {
                if (!info.isParent(f)) continue;
                int parent = image.objectAt(image.field(o, f));
                if (parent < 0) continue;
                row.edges++;
                row.saved += Masks.demanded(info.parentMasks()[f], image.info(parent).fieldCount()) - 1;
            }
        }
        if (rows.isEmpty()) return "no objects with parent fields" + System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-6s %8s %6s %6s %6s  %s%n", "kind", "objects", "edges", "depth",
                "saved", "info table"));
        long objects = 0;
        long edges = 0;
        long saved = 0;
        for (Row row : rows.values()) {
            out.append(String.format(Locale.ROOT, "%-6s %8d %6d %6d %6d  %s%n", row.info.kind(), row.objects, row.edges,
                    depth(graph, row.example), row.saved, row.info.describe()));
            out.append("       e.g. ").append(chain(graph, row.example)).append(System.lineSeparator());
            objects += row.objects;
            edges += row.edges;
            saved += row.saved;
        }
        out.append(String.format(Locale.ROOT, "total: %d objects with parent fields, %d parent edges, %d words saved "
                + "(%d bytes)%n", objects, edges, saved, saved * 8));
        return out.toString();
    }

    /** {@code 120 h -{0,1}-> 110 g -all-> 100 f}: the first parent field, followed to the top. */
    public static String chain(HeapGraph graph, int object) {
        HeapImage image = graph.image();
        StringBuilder out = new StringBuilder();
        out.append(image.address(object)).append(' ').append(image.info(object).name());
        int o = object;
        for (int hops = 0; hops <= image.objectCount(); hops++) {
            DumpInfo info = image.info(o);
            int f = firstParentField(info);
            if (f < 0) break;
            int parent = image.objectAt(image.field(o, f));
            if (parent < 0) break;
            out.append(" -").append(Masks.describe(info.parentMasks()[f])).append("-> ")
                    .append(image.address(parent)).append(' ').append(image.info(parent).name());
            o = parent;
        }
        return out.toString();
    }

    private static int depth(HeapGraph graph, int object) {
        HeapImage image = graph.image();
        int depth = 0;
        int o = object;
        while (depth <= image.objectCount()) {
            int f = firstParentField(image.info(o));
            if (f < 0) break;
            int parent = image.objectAt(image.field(o, f));
            if (parent < 0) break;
            depth++;
            o = parent;
        }
        return depth;
    }

    private static int firstParentField(DumpInfo info) {
        for (int f = 0; f < info.fieldCount(); f++) {
            if (info.isParent(f)) return f;
        }
        return -1;
    }
}
