package dev.stg.interp.dump;

import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The object graph of a heap dump in compressed arrays: edges (pointer fields and the value
 * of an updated thunk), the reverse edges, the roots, and a breadth-first search from all
 * roots at once that gives every reachable object its shortest path from a root.
 */
public final class HeapGraph {

    /** The edge label of an updated thunk's value slot; other labels are field numbers. */
    public static final int VALUE = -1;

    private static final byte GLOBAL = 0;
    private static final byte FRAME = 1;
    private static final byte REGISTER = 2;

    private final HeapImage image;
    private final int[] edgeStart;
    private final int[] edgeTarget;
    private final int[] edgeLabel;
    private int[] reverseStart;
    private int[] reverseSource;

    private final List<String> globalNames;
    private final MutableIntList rootTarget = new IntArrayList();
    private final MutableIntList rootKind = new IntArrayList();
    private final MutableIntList rootIndex = new IntArrayList();
    private final MutableIntList rootWord = new IntArrayList();

    /** Per object: distance from the nearest root (-1: unreachable), the BFS predecessor. */
    private final int[] distance;
    private final int[] predecessor;
    private final int[] predecessorLabel;
    private final int[] viaRoot;

    public HeapGraph(HeapImage image) {
        this.image = image;
        int n = image.objectCount();
        MutableIntList targets = new IntArrayList();
        MutableIntList labels = new IntArrayList();
        edgeStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            edgeStart[i] = targets.size();
            if (image.state(i) == HeapImage.UPDATED) addEdge(targets, labels, image.value(i), VALUE);
            for (int f = 0; f < image.fieldCount(i); f++) {
                if (image.isPointer(i, f)) addEdge(targets, labels, image.field(i, f), f);
            }
        }
        edgeStart[n] = targets.size();
        edgeTarget = targets.toArray();
        edgeLabel = labels.toArray();
        globalNames = new ArrayList<>(image.globals().keySet());
        collectRoots();
        distance = new int[n];
        predecessor = new int[n];
        predecessorLabel = new int[n];
        viaRoot = new int[n];
        search();
    }

    private void addEdge(MutableIntList targets, MutableIntList labels, long address, int label) {
        int target = image.objectAt(address);
        if (target < 0) return;
        targets.add(target);
        labels.add(label);
    }

    private void collectRoots() {
        for (int g = 0; g < globalNames.size(); g++) addRoot(image.globals().get(globalNames.get(g)), GLOBAL, g, 0);
        for (int f = 0; f < image.frameCount(); f++) {
            for (int w = 0; w < image.frameWordCount(f); w++) {
                if (image.isFramePointer(f, w)) addRoot(image.frameWord(f, w), FRAME, f, w);
            }
        }
        for (int r = 0; r < image.registerCount(); r++) addRoot(image.registerValue(r), REGISTER, r, 0);
    }

    private void addRoot(long address, byte kind, int index, int word) {
        int target = image.objectAt(address);
        if (target < 0) return;
        rootTarget.add(target);
        rootKind.add(kind);
        rootIndex.add(index);
        rootWord.add(word);
    }

    private void search() {
        Arrays.fill(distance, -1);
        int[] queue = new int[image.objectCount()];
        int head = 0;
        int tail = 0;
        for (int r = 0; r < rootTarget.size(); r++) {
            int t = rootTarget.get(r);
            if (distance[t] >= 0) continue;
            distance[t] = 0;
            predecessor[t] = -1;
            viaRoot[t] = r;
            queue[tail++] = t;
        }
        while (head < tail) {
            int o = queue[head++];
            for (int e = edgeStart[o]; e < edgeStart[o + 1]; e++) {
                int t = edgeTarget[e];
                if (distance[t] >= 0) continue;
                distance[t] = distance[o] + 1;
                predecessor[t] = o;
                predecessorLabel[t] = edgeLabel[e];
                viaRoot[t] = viaRoot[o];
                queue[tail++] = t;
            }
        }
    }

    public HeapImage image() {
        return image;
    }

    public int edgeCount(int object) {
        return edgeStart[object + 1] - edgeStart[object];
    }

    public int edgeTarget(int object, int edge) {
        return edgeTarget[edgeStart[object] + edge];
    }

    public int edgeLabel(int object, int edge) {
        return edgeLabel[edgeStart[object] + edge];
    }

    public boolean isReachable(int object) {
        return distance[object] >= 0;
    }

    public int distance(int object) {
        return distance[object];
    }

    /** The object before {@code object} on its shortest path from a root, or -1 if a root holds it. */
    public int predecessor(int object) {
        return predecessor[object];
    }

    public int predecessorLabel(int object) {
        return predecessorLabel[object];
    }

    /** The root at the start of {@code object}'s shortest path. */
    public int viaRoot(int object) {
        return viaRoot[object];
    }

    public int rootCount() {
        return rootTarget.size();
    }

    public int rootTarget(int root) {
        return rootTarget.get(root);
    }

    /** {@code global main}, {@code frame 3 (case ...) word 1}, {@code register 4}. */
    public String describeRoot(int root) {
        int index = rootIndex.get(root);
        return switch (rootKind.get(root)) {
            case GLOBAL -> "global " + globalNames.get(index);
            case FRAME -> "frame " + index + " " + image.frameInfo(index).kind() + " "
                    + image.frameInfo(index).describe() + " word " + rootWord.get(root) + savedName(index, rootWord.get(root));
            default -> "register " + image.registerSlot(index);
        };
    }

    /** {@code " (xs)"}: the variable a case frame saved in that word, when the frame's table names it. */
    private String savedName(int frame, int word) {
        String[] names = image.frameInfo(frame).fieldNames();
        return word < names.length && names[word] != null ? " (" + names[word] + ")" : "";
    }

    /** Objects with an edge to {@code object} (once per edge). */
    public int[] retainers(int object) {
        if (reverseStart == null) buildReverse();
        return Arrays.copyOfRange(reverseSource, reverseStart[object], reverseStart[object + 1]);
    }

    private void buildReverse() {
        int n = image.objectCount();
        reverseStart = new int[n + 1];
        for (int target : edgeTarget) reverseStart[target + 1]++;
        for (int i = 0; i < n; i++) reverseStart[i + 1] += reverseStart[i];
        reverseSource = new int[edgeTarget.length];
        int[] fill = Arrays.copyOf(reverseStart, n);
        for (int o = 0; o < n; o++) {
            for (int e = edgeStart[o]; e < edgeStart[o + 1]; e++) reverseSource[fill[edgeTarget[e]]++] = o;
        }
    }

    /** The label of an edge: {@code value}, {@code field 2 (xs)}, {@code parent field 0 (p) mask {0,1}}. */
    public String describeEdge(int source, int label) {
        if (label == VALUE) return "value";
        DumpInfo info = image.info(source);
        if (info.isParent(label)) return "parent " + info.fieldLabel(label) + " mask " + Masks.describe(info.parentMasks()[label]);
        return info.fieldLabel(label);
    }

    /** {@code 42 CON Cons (file:3:4)}. */
    public String describeObject(int object) {
        DumpInfo info = image.info(object);
        String state = image.state(object) == HeapImage.UPDATED ? " [updated]"
                : image.state(object) == HeapImage.BLACKHOLE ? " [blackhole]" : "";
        return image.address(object) + " " + info.kind() + " " + info.describe() + state;
    }
}
