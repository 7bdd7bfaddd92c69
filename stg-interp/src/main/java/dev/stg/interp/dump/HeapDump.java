package dev.stg.interp.dump;

import dev.stg.interp.code.InfoTable;
import dev.stg.interp.code.Kind;
import dev.stg.interp.heap.Header;
import dev.stg.interp.heap.Heap;
import dev.stg.interp.heap.HeapWalk;
import dev.stg.interp.heap.Stack;
import dev.stg.interp.machine.Machine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a machine's heap, stack and globals as JSON (docs/heap-dump-format.md), streaming
 * straight from the machine's arrays. The single entry point of {@code --heap-dump} and the
 * REPL's {@code :dump}.
 */
public final class HeapDump {

    public static final int VERSION = 1;

    private final Machine machine;
    private final JsonWriter json;

    private HeapDump(Machine machine, Writer out) {
        this.machine = machine;
        this.json = new JsonWriter(out);
    }

    /**
     * Dumps the machine as it is now, without collecting: the heap may hold unreachable objects.
     *
     * @param taken when the dump was taken: {@code "end"}, {@code "error"}, {@code "step N"}, ...
     */
    public static void write(Machine machine, Path file, String taken) throws IOException {
        write(machine, file, taken, null, null);
    }

    /** As {@link #write(Machine, Path, String)}, with the register roots of a collection. */
    public static void write(Machine machine, Path file, String taken, long[] registers, int[] liveSlots)
            throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            write(machine, out, taken, registers, liveSlots);
        }
    }

    public static void write(Machine machine, Writer out, String taken, long[] registers, int[] liveSlots)
            throws IOException {
        new HeapDump(machine, out).document(taken, registers, liveSlots);
        out.flush();
    }

    private void document(String taken, long[] registers, int[] liveSlots) throws IOException {
        Heap heap = machine.heap();
        json.beginObject();
        json.name("version").value(VERSION);
        json.name("taken").value(taken);
        json.name("steps").value(machine.stats().steps);
        json.name("wordBytes").value(8);
        json.name("staticEnd").value(heap.staticEnd);
        json.name("hp").value(heap.hp);
        json.newline().name("infos").beginArray();
        for (InfoTable info : machine.infos().all()) infoTable(info);
        json.endArray();
        json.newline().name("objects").beginArray();
        objects(heap);
        json.endArray();
        json.newline().name("roots").beginObject();
        globals();
        frames(machine.stack());
        if (liveSlots != null) registers(registers, liveSlots);
        json.endObject();
        json.endObject().newline();
    }

    private void infoTable(InfoTable info) throws IOException {
        json.newline().beginObject();
        json.name("index").value(info.index);
        json.name("kind").value(info.kind.name());
        json.name("name").value(info.name);
        json.name("source").value(info.span != null && info.span.isKnown() ? info.span.location() : null);
        json.name("arity").value(info.arity);
        if (info.kind == Kind.CON) json.name("tag").value(info.tag);
        json.name("updatable").value(info.updatable);
        json.name("firstField").value(info.firstField);
        json.name("fields").beginArray();
        for (byte type : info.fieldTypes) json.value(FieldType.name(type));
        json.endArray();
        json.name("parentMasks").beginArray();
        for (int i = 0; i < info.fieldCount(); i++) json.value(info.fieldTypes[i] == InfoTable.PARENT ? info.parentMask(i) : 0);
        json.endArray();
        json.name("fieldNames").beginArray();
        for (String name : info.fieldNames) json.value(name);
        json.endArray();
        json.endObject();
    }

    /** Objects are contiguous from the DEAD object to hp: each one's size is in its info table. */
    private void objects(Heap heap) throws IOException {
        long[] words = heap.words;
        HeapWalk.objects(words, Heap.DEAD_ADDRESS, heap.hp, machine.infos().toArray(), (at, header, info) -> {
            json.newline().beginObject();
            json.name("addr").value(at);
            json.name("info").value(info.index);
            if (Header.isUpdated(header)) {
                json.name("state").value("updated");
                json.name("value").value(words[at + 1]);
            } else if (Header.isBlackhole(header)) {
                json.name("state").value("blackhole");
            }
            json.name("fields").beginArray();
            payload(info, words, at + info.firstField);
            json.endArray();
            json.endObject();
        });
    }

    /** The fields of an object or the words of a frame, from {@code first}, each tagged pointer or Int#. */
    private void payload(InfoTable layout, long[] words, int first) throws IOException {
        for (int i = 0; i < layout.fieldCount(); i++) word(layout.isPointerField(i), words[first + i]);
    }

    private void word(boolean pointer, long value) throws IOException {
        json.beginObject().name(pointer ? "ptr" : "int").value(value).endObject();
    }

    private void globals() throws IOException {
        json.name("globals").beginObject();
        Map<String, Integer> sorted = new TreeMap<>(machine.program().globals());
        for (Map.Entry<String, Integer> global : sorted.entrySet()) json.name(global.getKey()).value(global.getValue());
        json.endObject();
    }

    /** Top frame first; each frame's words in stack order (lowest address first). */
    private void frames(Stack stack) throws IOException {
        long[] words = stack.words;
        json.newline().name("frames").beginArray();
        HeapWalk.frames(words, 0, stack.sp, machine.infos().toArray(), (top, base, frame) -> {
            json.newline().beginObject().name("info").value(frame.index).name("words").beginArray();
            payload(frame, words, base);
            json.endArray().endObject();
        });
        json.endArray();
    }

    private void registers(long[] registers, int[] liveSlots) throws IOException {
        json.newline().name("registers").beginArray();
        for (int slot : liveSlots) {
            json.beginObject().name("slot").value(slot).name("ptr").value(registers[slot]).endObject();
        }
        json.endArray();
    }

    /** The names of field types in a dump. */
    static final class FieldType {
        private FieldType() {
        }

        static String name(byte type) {
            return switch (type) {
                case InfoTable.INT -> "int";
                case InfoTable.PTR -> "ptr";
                default -> "parent";
            };
        }

        static byte parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "int" -> InfoTable.INT;
                case "ptr" -> InfoTable.PTR;
                case "parent" -> InfoTable.PARENT;
                default -> -1;
            };
        }
    }
}
