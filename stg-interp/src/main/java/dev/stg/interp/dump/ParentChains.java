package dev.stg.interp.dump;

import dev.stg.interp.code.InfoTable;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parent chains of nested closures: objects whose PARENT fields reach their enclosing
 * closures' fields instead of copying them. A parent edge stands for every variable the child
 * reaches through it: each parent field its mask demands is one variable, except a parent
 * field of the parent, which stands for what that edge reaches in turn (down the whole chain).
 * A flat closure would copy all of them, so the edge saves their number minus its own
 * pointer word. Summed over the closures of a run this is the fall of {@code fvStores}
 * against flat (for f10 nested: 25 words, 85 against 60).
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
        Map<Edge, Long> memo = new HashMap<>();
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
                row.saved += reached(image, new Edge(parent, info.parentMasks()[f]), memo, new HashSet<>()) - 1;
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

    private record Edge(int parent, long mask) {
    }

    /**
     * The variables an edge with {@code mask} into {@code parent} reaches, through the
     * parent's own parent fields. Memoised per edge; an edge met again on its own chain (only
     * in a damaged dump) counts as one word, so the walk ends.
     */
    private static long reached(HeapImage image, Edge edge, Map<Edge, Long> memo, Set<Edge> open) {
        Long known = memo.get(edge);
        if (known != null) return known;
        if (!open.add(edge)) return 1;
        DumpInfo info = image.info(edge.parent());
        long words = 0;
        for (int f = 0; f < info.fieldCount(); f++) {
            if (!InfoTable.demands(edge.mask(), f)) continue;
            int grandparent = info.isParent(f) ? image.objectAt(image.field(edge.parent(), f)) : -1;
            words += grandparent < 0 ? 1 : reached(image, new Edge(grandparent, info.parentMasks()[f]), memo, open);
        }
        open.remove(edge);
        memo.put(edge, words);
        return words;
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
