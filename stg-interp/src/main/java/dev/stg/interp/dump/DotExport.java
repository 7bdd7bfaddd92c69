package dev.stg.interp.dump;

import dev.stg.interp.code.Kind;
import org.eclipse.collections.api.set.primitive.MutableIntSet;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

import java.util.Map;
import java.util.TreeMap;

/**
 * The object graph in Graphviz DOT: boxes for objects, plain text for roots, solid edges for
 * pointers, dashed edges labelled with their mask for parent pointers, grey for garbage. The
 * one static DEAD object is drawn once per edge into it (a small grey DEAD beside the field),
 * not as a hub that every pruned field of the heap points at. A heap of more than
 * {@link #MAX_OBJECTS} objects is drawn by info table instead ({@link #summary}).
 */
public final class DotExport {

    private DotExport() {
    }

    /** Beyond this many objects a picture of every object is unreadable: {@link #whole} draws the summary. */
    public static final int MAX_OBJECTS = 300;

    /** The whole heap: every object, or the summary by info table when there are more than {@link #MAX_OBJECTS}. */
    public static String whole(HeapGraph graph) {
        return graph.image().objectCount() > MAX_OBJECTS ? summary(graph) : everyObject(graph);
    }

    /** Every object of the heap, however many. */
    public static String everyObject(HeapGraph graph) {
        MutableIntSet all = new IntHashSet();
        for (int o = 0; o < graph.image().objectCount(); o++) all.add(o);
        return render(graph, all, -1);
    }

    /**
     * One node per info table (its kind, name, objects and words; grey when none of its
     * objects is reachable) and one edge per kind of field between two tables, labelled with
     * how many pointers it stands for; roots as one node per kind of root.
     */
    public static String summary(HeapGraph graph) {
        HeapImage image = graph.image();
        Map<Integer, long[]> tables = new TreeMap<>();
        Map<String, Long> edges = new TreeMap<>();
        for (int o = 0; o < image.objectCount(); o++) {
            DumpInfo info = image.info(o);
            long[] row = tables.computeIfAbsent(info.index(), k -> new long[3]);
            row[0]++;
            row[1] += info.objectWords();
            if (graph.isReachable(o)) row[2]++;
            for (int e = 0; e < graph.edgeCount(o); e++) {
                int label = graph.edgeLabel(o, e);
                String kind = label == HeapGraph.VALUE ? "value" : info.isParent(label) ? "parent" : "field";
                edges.merge("t" + info.index() + " -> t" + image.info(graph.edgeTarget(o, e)).index() + " " + kind,
                        1L, Long::sum);
            }
        }
        Map<String, Long> roots = new TreeMap<>();
        for (int r = 0; r < graph.rootCount(); r++) {
            String kind = graph.describeRoot(r).split(" ")[0];
            roots.merge(kind + " t" + image.info(graph.rootTarget(r)).index(), 1L, Long::sum);
        }
        StringBuilder out = new StringBuilder("digraph heap {\n");
        out.append("  label=").append(quote(image.objectCount() + " objects by info table (stg heap dot --all draws "
                + "every object)")).append(";\n");
        out.append("  node [shape=box, fontname=\"monospace\"];\n");
        for (Map.Entry<Integer, long[]> t : tables.entrySet()) {
            DumpInfo info = infoOf(image, t.getKey());
            long[] row = t.getValue();
            out.append("  t").append(t.getKey()).append(" [label=").append(quote(info.kind() + " " + info.describe()
                    + "\n" + row[0] + (row[0] == 1 ? " object, " : " objects, ") + row[1] + " words"));
            if (row[2] == 0) out.append(", color=gray, fontcolor=gray");
            out.append("];\n");
        }
        String declared = "";
        for (Map.Entry<String, Long> root : roots.entrySet()) {
            String[] parts = root.getKey().split(" ");
            if (!parts[0].equals(declared)) {
                out.append("  root_").append(parts[0]).append(" [shape=plaintext, label=").append(quote(parts[0] + "s"))
                        .append("];\n");
                declared = parts[0];
            }
            out.append("  root_").append(parts[0]).append(" -> ").append(parts[1]).append(" [label=\"")
                    .append(root.getValue()).append("\"];\n");
        }
        for (Map.Entry<String, Long> edge : edges.entrySet()) {
            String[] parts = edge.getKey().split(" ");
            out.append("  ").append(parts[0]).append(" -> ").append(parts[2]).append(" [label=\"")
                    .append(edge.getValue()).append(' ').append(parts[3]).append('"');
            if (parts[3].equals("parent")) out.append(", style=dashed");
            out.append("];\n");
        }
        return out.append("}\n").toString();
    }

    private static DumpInfo infoOf(HeapImage image, int index) {
        for (int o = 0; o < image.objectCount(); o++) {
            if (image.info(o).index() == index) return image.info(o);
        }
        throw new IllegalStateException("no object of info table " + index);
    }

    /** The objects within {@code depth} edges (either direction) of the object at {@code address}. */
    public static String around(HeapGraph graph, long address, int depth) {
        int center = graph.image().objectAt(address);
        if (center < 0) throw new IllegalArgumentException("no object starts at address " + address);
        MutableIntSet nodes = new IntHashSet();
        nodes.add(center);
        int[] frontier = {center};
        for (int d = 0; d < depth && frontier.length > 0; d++) {
            MutableIntSet next = new IntHashSet();
            for (int o : frontier) {
                for (int e = 0; e < graph.edgeCount(o); e++) next.add(graph.edgeTarget(o, e));
                for (int r : graph.retainers(o)) next.add(r);
            }
            next.removeAll(nodes);
            nodes.addAll(next);
            frontier = next.toSortedArray();
        }
        return render(graph, nodes, center);
    }

    private static String render(HeapGraph graph, MutableIntSet nodes, int center) {
        HeapImage image = graph.image();
        StringBuilder out = new StringBuilder("digraph heap {\n");
        out.append("  node [shape=box, fontname=\"monospace\"];\n");
        for (int r = 0; r < graph.rootCount(); r++) {
            if (!nodes.contains(graph.rootTarget(r))) continue;
            out.append("  root").append(r).append(" [shape=plaintext, label=").append(quote(graph.describeRoot(r)))
                    .append("];\n");
            out.append("  root").append(r).append(" -> n").append(image.address(graph.rootTarget(r))).append(";\n");
        }
        for (int o : nodes.toSortedArray()) {
            DumpInfo info = image.info(o);
            if (info.kind() == Kind.DEAD) continue;
            out.append("  n").append(image.address(o)).append(" [label=")
                    .append(quote(image.address(o) + "\n" + info.kind() + " " + info.describe()));
            if (o == center) out.append(", style=bold");
            if (!graph.isReachable(o)) out.append(", color=gray, fontcolor=gray");
            out.append("];\n");
        }
        for (int o : nodes.toSortedArray()) {
            DumpInfo info = image.info(o);
            for (int e = 0; e < graph.edgeCount(o); e++) {
                int target = graph.edgeTarget(o, e);
                if (!nodes.contains(target) || info.kind() == Kind.DEAD) continue;
                int label = graph.edgeLabel(o, e);
                String to = "n" + image.address(target);
                if (image.info(target).kind() == Kind.DEAD) {
                    to = "dead_" + image.address(o) + "_" + e;
                    out.append("  ").append(to).append(" [shape=plaintext, label=\"DEAD\", fontcolor=gray];\n");
                }
                out.append("  n").append(image.address(o)).append(" -> ").append(to);
                if (label == HeapGraph.VALUE) {
                    out.append(" [label=\"value\"]");
                } else if (info.isParent(label)) {
                    out.append(" [style=dashed, label=").append(quote(Masks.describe(info.parentMasks()[label])))
                            .append("]");
                } else {
                    out.append(" [label=\"").append(label).append("\"]");
                }
                out.append(";\n");
            }
        }
        return out.append("}\n").toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
