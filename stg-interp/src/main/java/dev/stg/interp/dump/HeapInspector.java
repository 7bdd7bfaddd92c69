package dev.stg.interp.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The reports of {@code stg heap}: summary, one object, why an object is alive. */
public final class HeapInspector {

    /** How many retainers {@link #retainers} shows paths through. */
    private static final int MAX_RETAINER_PATHS = 10;

    private final HeapImage image;
    private final HeapGraph graph;

    public HeapInspector(HeapImage image) {
        this.image = image;
        this.graph = new HeapGraph(image);
    }

    public HeapGraph graph() {
        return graph;
    }

    public String summary() {
        HeapSummary all = HeapSummary.of(graph, false);
        HeapSummary live = HeapSummary.of(graph, true);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "dump taken at %s, step %d: %d objects, %d words (%d bytes)%n",
                image.taken(), image.steps(), all.objects(), all.words(), all.words() * 8));
        out.append(String.format(Locale.ROOT, "reachable from %d roots: %d objects, %d words; unreachable: %d words%n%n",
                graph.rootCount(), live.objects(), live.words(), all.words() - live.words()));
        out.append(all.render());
        return out.toString();
    }

    /** One object: its fields, where they point, its parent chain and its distance from the roots. */
    public String show(long address) {
        int object = objectAt(address);
        DumpInfo info = image.info(object);
        StringBuilder out = new StringBuilder();
        out.append("object ").append(graph.describeObject(object)).append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "  %d words: header%s, %d fields%n", info.objectWords(),
                info.firstField() == 2 ? ", update slot" : "", info.fieldCount()));
        if (image.state(object) == HeapImage.UPDATED) {
            out.append("  value -> ").append(target(image.value(object))).append(System.lineSeparator());
        }
        for (int f = 0; f < image.fieldCount(object); f++) {
            long word = image.field(object, f);
            if (!image.isPointer(object, f)) {
                out.append(String.format(Locale.ROOT, "  field %d int %d%n", f, word));
            } else if (info.isParent(f)) {
                out.append(String.format(Locale.ROOT, "  field %d parent mask %s -> %s%n", f,
                        Masks.describe(info.parentMasks()[f]), target(word)));
            } else {
                out.append(String.format(Locale.ROOT, "  field %d ptr -> %s%n", f, target(word)));
            }
        }
        out.append("  parent chain: ").append(ParentChains.chain(graph, object)).append(System.lineSeparator());
        out.append("  ").append(reachability(object)).append(System.lineSeparator());
        return out.toString();
    }

    /**
     * Why an object is alive: for each object (or root) pointing at it, the shortest path from
     * a root through that retainer.
     */
    public String retainers(long address) {
        int object = objectAt(address);
        StringBuilder out = new StringBuilder();
        out.append("object ").append(graph.describeObject(object)).append(System.lineSeparator());
        out.append(reachability(object)).append(System.lineSeparator());
        for (int r = 0; r < graph.rootCount(); r++) {
            if (graph.rootTarget(r) == object) out.append("held directly by root ").append(graph.describeRoot(r))
                    .append(System.lineSeparator());
        }
        List<Integer> retainers = new ArrayList<>();
        for (int retainer : graph.retainers(object)) {
            if (!retainers.contains(retainer)) retainers.add(retainer);
        }
        retainers.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        out.append(retainers.size()).append(retainers.size() == 1 ? " retainer" : " retainers").append(System.lineSeparator());
        int shown = 0;
        for (int retainer : retainers) {
            if (shown++ == MAX_RETAINER_PATHS) {
                out.append("  ... ").append(retainers.size() - MAX_RETAINER_PATHS).append(" more").append(System.lineSeparator());
                break;
            }
            out.append("via ").append(graph.describeObject(retainer)).append(':').append(System.lineSeparator());
            if (!graph.isReachable(retainer)) {
                out.append("  (the retainer itself is unreachable)").append(System.lineSeparator());
                continue;
            }
            path(out, retainer);
            for (int e = 0; e < graph.edgeCount(retainer); e++) {
                if (graph.edgeTarget(retainer, e) != object) continue;
                out.append("    -").append(graph.describeEdge(retainer, graph.edgeLabel(retainer, e))).append("-> ")
                        .append(graph.describeObject(object)).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    /** Reachable retainers first, nearest first; unreachable ones last. */
    private int rank(int object) {
        return graph.isReachable(object) ? graph.distance(object) : Integer.MAX_VALUE;
    }

    private void path(StringBuilder out, int object) {
        List<Integer> steps = new ArrayList<>();
        for (int o = object; o >= 0; o = graph.predecessor(o)) steps.add(0, o);
        out.append("  root ").append(graph.describeRoot(graph.viaRoot(object))).append(System.lineSeparator());
        out.append("    -> ").append(graph.describeObject(steps.get(0))).append(System.lineSeparator());
        for (int i = 1; i < steps.size(); i++) {
            int o = steps.get(i);
            out.append("    -").append(graph.describeEdge(steps.get(i - 1), graph.predecessorLabel(o))).append("-> ")
                    .append(graph.describeObject(o)).append(System.lineSeparator());
        }
    }

    private String reachability(int object) {
        if (!graph.isReachable(object)) {
            return "unreachable from the roots (garbage: dumps at the end of a run or on an error are not collected)";
        }
        int d = graph.distance(object);
        return "reachable: " + d + (d == 1 ? " edge" : " edges") + " from root " + graph.describeRoot(graph.viaRoot(object));
    }

    private String target(long address) {
        if (address == 0) return "null";
        int object = image.objectAt(address);
        return object < 0 ? address + " (not an object in this dump)" : graph.describeObject(object);
    }

    private int objectAt(long address) {
        int object = image.objectAt(address);
        if (object < 0) throw new IllegalArgumentException("no object starts at address " + address);
        return object;
    }
}
