package dev.stg.interp.dump;

import org.eclipse.collections.api.set.primitive.MutableIntSet;
import org.eclipse.collections.impl.set.mutable.primitive.IntHashSet;

/**
 * The object graph in Graphviz DOT: boxes for objects, plain text for roots, solid edges for
 * pointers, dashed edges labelled with their mask for parent pointers, grey for garbage.
 */
public final class DotExport {

    private DotExport() {
    }

    /** The whole heap. */
    public static String whole(HeapGraph graph) {
        MutableIntSet all = new IntHashSet();
        for (int o = 0; o < graph.image().objectCount(); o++) all.add(o);
        return render(graph, all, -1);
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
                if (!nodes.contains(target)) continue;
                int label = graph.edgeLabel(o, e);
                out.append("  n").append(image.address(o)).append(" -> n").append(image.address(target));
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
