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
            String field = info.fieldNames()[f] == null ? "field " + f : "field " + f + " " + info.fieldNames()[f] + " =";
            if (!image.isPointer(object, f)) {
                out.append(String.format(Locale.ROOT, "  %s int %d%n", field, word));
            } else if (info.isParent(f)) {
                out.append(String.format(Locale.ROOT, "  %s parent mask %s -> %s%n", field,
                        Masks.describe(info.parentMasks()[f]), target(word)));
            } else {
                out.append(String.format(Locale.ROOT, "  %s ptr -> %s%n", field, target(word)));
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

    /** How many addresses {@link #find} lists before it only counts the rest. */
    private static final int MAX_FOUND = 1_000;

    /**
     * The addresses of the objects of an info table, given by its number ({@code 12} or
     * {@code #12}) or by name (a closure's or a constructor's, {@code fy}, {@code Cons}), and
     * the address of the global of that name if there is one.
     */
    public String find(String query) {
        String q = query.strip();
        boolean byIndex = q.matches("#?[0-9]+");
        int index = byIndex ? Integer.parseInt(q.replace("#", "")) : -1;
        StringBuilder out = new StringBuilder();
        Integer global = image.globals().get(q);
        if (global != null && !byIndex) {
            out.append("global ").append(q).append(": ").append(target(global)).append(System.lineSeparator());
        }
        List<Integer> found = new ArrayList<>();
        for (int o = 0; o < image.objectCount(); o++) {
            DumpInfo info = image.info(o);
            if (byIndex ? info.index() == index : info.name().equals(q)) found.add(o);
        }
        if (found.isEmpty()) {
            if (global != null && !byIndex) return out.toString();
            throw new IllegalArgumentException("no object of an info table " + (byIndex ? "numbered " : "named ") + q
                    + " (stg heap summary lists the info tables)");
        }
        long reachable = found.stream().filter(graph::isReachable).count();
        out.append(String.format(Locale.ROOT, "%,d object%s of info table %s, %,d reachable:%n", found.size(),
                found.size() == 1 ? "" : "s", byIndex ? "#" + index : q, reachable));
        for (int i = 0; i < found.size() && i < MAX_FOUND; i++) {
            int o = found.get(i);
            out.append("  ").append(graph.describeObject(o)).append(graph.isReachable(o) ? "" : "  (unreachable)")
                    .append(System.lineSeparator());
        }
        if (found.size() > MAX_FOUND) {
            out.append(String.format(Locale.ROOT, "  ... %,d more%n", found.size() - MAX_FOUND));
        }
        return out.toString();
    }

    /** Reachable retainers first, nearest first; unreachable ones last. */
    private int rank(int object) {
        return graph.isReachable(object) ? graph.distance(object) : Integer.MAX_VALUE;
    }

    /** The longest repeating unit of steps {@link #path} collapses: a list spine through thunks takes 2. */
    private static final int MAX_PERIOD = 2;

    /**
     * The shortest path from a root to {@code object}. A unit of one or two steps repeated
     * three times or more (a list's spine: {@code value} of a thunk, {@code field 1} of a
     * Cons) is shown as its first and last repetition and a count of those between.
     */
    private void path(StringBuilder out, int object) {
        List<Integer> steps = new ArrayList<>();
        for (int o = object; o >= 0; o = graph.predecessor(o)) steps.add(0, o);
        out.append("  root ").append(graph.describeRoot(graph.viaRoot(object))).append(System.lineSeparator());
        out.append("    -> ").append(graph.describeObject(steps.get(0))).append(System.lineSeparator());
        int i = 1;
        while (i < steps.size()) {
            int period = 1;
            int units = 1;
            for (int p = 1; p <= MAX_PERIOD && units < 3; p++) {
                period = p;
                units = repetitions(steps, i, p);
            }
            if (units < 3) {
                step(out, steps, i);
                i++;
                continue;
            }
            for (int k = 0; k < period; k++) step(out, steps, i + k);
            List<String> unit = new ArrayList<>();
            for (int k = 0; k < period; k++) {
                int from = steps.get(i + k - 1);
                unit.add(graph.describeEdge(from, graph.predecessorLabel(steps.get(i + k))) + " of "
                        + image.info(from).name());
            }
            out.append(String.format(Locale.ROOT, "    ... %,d x %s ...%n", units - 2, String.join(", ", unit)));
            for (int k = 0; k < period; k++) step(out, steps, i + (units - 1) * period + k);
            i += units * period;
        }
    }

    /** How many times the {@code period} steps from step {@code i} on repeat, each the same edges between the same info tables. */
    private int repetitions(List<Integer> steps, int i, int period) {
        int units = 1;
        while (i + (units + 1) * period <= steps.size() && sameUnit(steps, i, i + units * period, period)) units++;
        return units;
    }

    private boolean sameUnit(List<Integer> steps, int first, int other, int period) {
        for (int k = 0; k < period; k++) {
            int a = steps.get(first + k);
            int b = steps.get(other + k);
            if (graph.predecessorLabel(a) != graph.predecessorLabel(b)
                    || image.info(a).index() != image.info(b).index()
                    || image.info(steps.get(first + k - 1)).index() != image.info(steps.get(other + k - 1)).index()) {
                return false;
            }
        }
        return true;
    }

    private void step(StringBuilder out, List<Integer> steps, int i) {
        int to = steps.get(i);
        out.append("    -").append(graph.describeEdge(steps.get(i - 1), graph.predecessorLabel(to))).append("-> ")
                .append(graph.describeObject(to)).append(System.lineSeparator());
    }

    private String reachability(int object) {
        if (!graph.isReachable(object)) {
            return "unreachable from the roots (garbage: dumps at the end of a run or on an error are not collected)";
        }
        int d = graph.distance(object);
        if (d == 0) return "reachable: held directly by root " + graph.describeRoot(graph.viaRoot(object));
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
