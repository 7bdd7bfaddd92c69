package dev.stg.interp.dump;

import dev.stg.core.io.InputFile;
import dev.stg.interp.code.Kind;
import org.eclipse.collections.api.list.primitive.MutableByteList;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.impl.list.mutable.primitive.ByteArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads a heap dump (docs/heap-dump-format.md) into a {@link HeapImage}. */
public final class HeapDumpReader {

    private final JsonReader json;
    private final HeapImage image = new HeapImage();

    private HeapDumpReader(Reader in, String file) {
        this.json = new JsonReader(in, file);
    }

    /**
     * @throws InputFile.Unreadable when the file cannot be opened (a usage error)
     * @throws DumpFormatException  when its content is not a dump (a bad input, like a static error)
     */
    public static HeapImage read(Path file) throws DumpFormatException, InputFile.Unreadable {
        InputFile.requireReadable(file);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (CharacterCodingException e) {
            throw DumpFormatException.notUtf8(file, "a dump is UTF-8 JSON");
        } catch (IOException e) {
            throw InputFile.unreadable(file, e);
        }
    }

    public static HeapImage read(Reader in, String file) throws IOException, DumpFormatException {
        return new HeapDumpReader(in instanceof BufferedReader ? in : new BufferedReader(in), file).document();
    }

    private HeapImage document() throws IOException, DumpFormatException {
        json.beginObject();
        boolean sawVersion = false;
        boolean sawObjects = false;
        for (boolean first = true; json.hasNext(first); first = false) {
            String name = json.nextName();
            if (!first && !sawVersion) throw json.invalid("\"version\" must be the first member");
            switch (name) {
                case "version" -> {
                    long version = json.nextLong();
                    if (version != HeapDump.VERSION) {
                        throw json.invalid("unsupported dump version " + version + " (this reader knows version "
                                + HeapDump.VERSION + ")");
                    }
                    sawVersion = true;
                }
                case "taken" -> image.taken = json.nextString();
                case "steps" -> image.steps = json.nextLong();
                case "staticEnd" -> image.staticEnd = json.nextInt();
                case "hp" -> image.hp = json.nextInt();
                case "infos" -> infos();
                case "objects" -> {
                    objects();
                    sawObjects = true;
                }
                case "roots" -> roots();
                default -> json.skipValue();
            }
            if (first && !sawVersion) throw json.invalid("\"version\" must be the first member");
        }
        json.endOfInput();
        if (!sawObjects) throw json.invalid("the dump has no \"objects\" member");
        return image;
    }

    private void infos() throws IOException, DumpFormatException {
        json.beginArray();
        for (boolean first = true; json.hasNext(first); first = false) image.infos.add(info(image.infos.size()));
    }

    private DumpInfo info(int expectedIndex) throws IOException, DumpFormatException {
        int index = -1;
        Kind kind = null;
        String name = "";
        String source = null;
        int arity = 0;
        int tag = -1;
        boolean updatable = false;
        int firstField = 1;
        byte[] types = new byte[0];
        long[] masks = null;
        String[] names = null;
        json.beginObject();
        for (boolean first = true; json.hasNext(first); first = false) {
            switch (json.nextName()) {
                case "index" -> index = json.nextInt();
                case "kind" -> kind = kind(json.nextString());
                case "name" -> name = json.nextString();
                case "source" -> source = json.nextNullableString();
                case "arity" -> arity = json.nextInt();
                case "tag" -> tag = json.nextInt();
                case "updatable" -> updatable = json.nextBoolean();
                case "firstField" -> firstField = json.nextInt();
                case "fields" -> types = fieldTypes();
                case "parentMasks" -> masks = longs();
                case "fieldNames" -> names = names();
                default -> json.skipValue();
            }
        }
        if (index != expectedIndex) throw json.invalid("info table number " + expectedIndex + " has index " + index);
        if (kind == null) throw json.invalid("info table " + index + " has no \"kind\"");
        if (masks == null) masks = new long[types.length];
        if (masks.length != types.length) {
            throw json.invalid("info table " + index + " has " + types.length + " fields but " + masks.length
                    + " parent masks");
        }
        // Dumps written before info tables carried field names name fields by position only.
        if (names == null) names = new String[types.length];
        if (names.length != types.length) {
            throw json.invalid("info table " + index + " has " + types.length + " fields but " + names.length
                    + " field names");
        }
        // Dumps written before constructors had a "tag" field kept the tag in "arity".
        if (kind == Kind.CON && tag < 0) {
            tag = arity;
            arity = 0;
        }
        return new DumpInfo(index, kind, name, source, arity, tag, updatable, firstField, types, masks, names);
    }

    private String[] names() throws IOException, DumpFormatException {
        List<String> names = new ArrayList<>();
        json.beginArray();
        for (boolean first = true; json.hasNext(first); first = false) names.add(json.nextNullableString());
        return names.toArray(new String[0]);
    }

    private Kind kind(String name) throws DumpFormatException {
        try {
            return Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw json.invalid("unknown info table kind \"" + name + "\"");
        }
    }

    private byte[] fieldTypes() throws IOException, DumpFormatException {
        MutableByteList types = new ByteArrayList();
        json.beginArray();
        for (boolean first = true; json.hasNext(first); first = false) {
            String name = json.nextString();
            byte type = HeapDump.FieldType.parse(name);
            if (type < 0) throw json.invalid("unknown field type \"" + name + "\" (expected int, ptr or parent)");
            types.add(type);
        }
        return types.toArray();
    }

    private long[] longs() throws IOException, DumpFormatException {
        MutableLongList values = new LongArrayList();
        json.beginArray();
        for (boolean first = true; json.hasNext(first); first = false) values.add(json.nextLong());
        return values.toArray();
    }

    private void objects() throws IOException, DumpFormatException {
        if (image.infos.isEmpty()) throw json.invalid("\"infos\" must come before \"objects\"");
        json.beginArray();
        for (boolean first = true; json.hasNext(first); first = false) object();
    }

    private void object() throws IOException, DumpFormatException {
        int address = -1;
        int info = -1;
        byte state = HeapImage.PLAIN;
        long value = 0;
        int fields = 0;
        json.beginObject();
        for (boolean first = true; json.hasNext(first); first = false) {
            switch (json.nextName()) {
                case "addr" -> address = json.nextInt();
                case "info" -> info = json.nextInt();
                case "state" -> state = state(json.nextString());
                case "value" -> value = json.nextLong();
                case "fields" -> fields = words(image.fieldWords, image.fieldPointer);
                default -> json.skipValue();
            }
        }
        if (address <= 0) throw json.invalid("an object without a positive \"addr\"");
        if (info < 0 || info >= image.infos.size()) {
            throw json.invalid("object " + address + " has info " + info + ", not one of the "
                    + image.infos.size() + " info tables");
        }
        int expected = image.infos.get(info).fieldCount();
        if (fields != expected) {
            throw json.invalid("object " + address + " has " + fields + " fields; its info table "
                    + image.infos.get(info).describe() + " has " + expected);
        }
        if (image.indexByAddress.containsKey(address)) throw json.invalid("two objects at address " + address);
        image.indexByAddress.put(address, image.addresses.size());
        image.addresses.add(address);
        image.objectInfo.add(info);
        image.states.add(state);
        image.values.add(value);
        image.fieldStart.add(image.fieldWords.size());
    }

    private byte state(String name) throws DumpFormatException {
        return switch (name) {
            case "updated" -> HeapImage.UPDATED;
            case "blackhole" -> HeapImage.BLACKHOLE;
            default -> throw json.invalid("unknown object state \"" + name + "\" (expected updated or blackhole)");
        };
    }

    /** Reads an array of {@code {"ptr":N}} / {@code {"int":N}} words; returns how many. */
    private int words(MutableLongList words, MutableByteList pointer) throws IOException, DumpFormatException {
        int count = 0;
        json.beginArray();
        for (boolean first = true; json.hasNext(first); first = false) {
            json.beginObject();
            if (!json.hasNext(true)) throw json.error("\"ptr\" or \"int\"");
            String kind = json.nextName();
            if (!kind.equals("ptr") && !kind.equals("int")) throw json.invalid("expected \"ptr\" or \"int\", found \"" + kind + "\"");
            words.add(json.nextLong());
            pointer.add((byte) (kind.equals("ptr") ? 1 : 0));
            if (json.hasNext(false)) throw json.invalid("a word has one member, \"ptr\" or \"int\"");
            count++;
        }
        return count;
    }

    private void roots() throws IOException, DumpFormatException {
        json.beginObject();
        for (boolean first = true; json.hasNext(first); first = false) {
            switch (json.nextName()) {
                case "globals" -> {
                    json.beginObject();
                    for (boolean g = true; json.hasNext(g); g = false) {
                        String name = json.nextName();
                        image.globals.put(name, json.nextInt());
                    }
                }
                case "frames" -> frames();
                case "registers" -> registers();
                default -> json.skipValue();
            }
        }
    }

    private void frames() throws IOException, DumpFormatException {
        json.beginArray();
        for (boolean first = true; json.hasNext(first); first = false) {
            int info = -1;
            json.beginObject();
            for (boolean f = true; json.hasNext(f); f = false) {
                switch (json.nextName()) {
                    case "info" -> info = json.nextInt();
                    case "words" -> words(image.frameWords, image.framePointer);
                    default -> json.skipValue();
                }
            }
            if (info < 0 || info >= image.infos.size()) throw json.invalid("a frame with info " + info);
            image.frameInfo.add(info);
            image.frameStart.add(image.frameWords.size());
        }
    }

    private void registers() throws IOException, DumpFormatException {
        json.beginArray();
        for (boolean first = true; json.hasNext(first); first = false) {
            int slot = -1;
            long value = 0;
            json.beginObject();
            for (boolean f = true; json.hasNext(f); f = false) {
                switch (json.nextName()) {
                    case "slot" -> slot = json.nextInt();
                    case "ptr" -> value = json.nextLong();
                    default -> json.skipValue();
                }
            }
            image.registerSlots.add(slot);
            image.registerValues.add(value);
        }
    }
}
