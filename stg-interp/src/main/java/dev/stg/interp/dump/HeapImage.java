package dev.stg.interp.dump;

import org.eclipse.collections.api.list.primitive.MutableByteList;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.api.map.primitive.MutableIntIntMap;
import org.eclipse.collections.impl.list.mutable.primitive.ByteArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntIntHashMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A heap dump loaded for inspection: objects, fields and stack words in primitive arrays
 * (one entry per object or field, no Java object each), objects numbered 0.. in address order.
 */
public final class HeapImage {

    public static final byte PLAIN = 0;
    public static final byte UPDATED = 1;
    public static final byte BLACKHOLE = 2;

    String taken = "";
    long steps;
    int staticEnd;
    int hp;
    final List<DumpInfo> infos = new ArrayList<>();

    final MutableIntList addresses = new IntArrayList();
    final MutableIntList objectInfo = new IntArrayList();
    final MutableByteList states = new ByteArrayList();
    final MutableLongList values = new LongArrayList();
    /** Object i's fields are {@code fieldWords[fieldStart[i] .. fieldStart[i+1])}. */
    final MutableIntList fieldStart = new IntArrayList();
    final MutableLongList fieldWords = new LongArrayList();
    final MutableByteList fieldPointer = new ByteArrayList();
    final MutableIntIntMap indexByAddress = new IntIntHashMap();

    final Map<String, Integer> globals = new LinkedHashMap<>();
    /** Frames, top first; frame i's words are {@code frameWords[frameStart[i] .. frameStart[i+1])}. */
    final MutableIntList frameInfo = new IntArrayList();
    final MutableIntList frameStart = new IntArrayList();
    final MutableLongList frameWords = new LongArrayList();
    final MutableByteList framePointer = new ByteArrayList();
    final MutableIntList registerSlots = new IntArrayList();
    final MutableLongList registerValues = new LongArrayList();

    HeapImage() {
        fieldStart.add(0);
        frameStart.add(0);
    }

    public String taken() {
        return taken;
    }

    public long steps() {
        return steps;
    }

    public int staticEnd() {
        return staticEnd;
    }

    public List<DumpInfo> infos() {
        return infos;
    }

    public int objectCount() {
        return addresses.size();
    }

    public int address(int object) {
        return addresses.get(object);
    }

    public DumpInfo info(int object) {
        return infos.get(objectInfo.get(object));
    }

    public byte state(int object) {
        return states.get(object);
    }

    /** The value an updated thunk points to. */
    public long value(int object) {
        return values.get(object);
    }

    public int fieldCount(int object) {
        return fieldStart.get(object + 1) - fieldStart.get(object);
    }

    public long field(int object, int field) {
        return fieldWords.get(fieldStart.get(object) + field);
    }

    public boolean isPointer(int object, int field) {
        return fieldPointer.get(fieldStart.get(object) + field) != 0;
    }

    /** The object at {@code address}, or -1 (null, or not the start of an object). */
    public int objectAt(long address) {
        if (address <= 0 || address > Integer.MAX_VALUE) return -1;
        return indexByAddress.getIfAbsent((int) address, -1);
    }

    public Map<String, Integer> globals() {
        return globals;
    }

    public int frameCount() {
        return frameInfo.size();
    }

    public DumpInfo frameInfo(int frame) {
        return infos.get(frameInfo.get(frame));
    }

    public int frameWordCount(int frame) {
        return frameStart.get(frame + 1) - frameStart.get(frame);
    }

    public long frameWord(int frame, int word) {
        return frameWords.get(frameStart.get(frame) + word);
    }

    public boolean isFramePointer(int frame, int word) {
        return framePointer.get(frameStart.get(frame) + word) != 0;
    }

    public int registerCount() {
        return registerSlots.size();
    }

    public int registerSlot(int register) {
        return registerSlots.get(register);
    }

    public long registerValue(int register) {
        return registerValues.get(register);
    }
}
