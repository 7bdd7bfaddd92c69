package dev.stg.interp.dump;

import java.io.IOException;
import java.io.Writer;

/**
 * A streaming JSON writer: values go straight to the underlying writer, so a dump of a large
 * heap holds no Java object per heap object. Only the nesting (a bit per level: has this
 * container had a member yet) is remembered.
 */
public final class JsonWriter {

    private static final int MAX_DEPTH = 63;

    private final Writer out;
    /** Bit d set: the container at depth d already has a member, so the next needs a comma. */
    private long hasMember;
    private int depth;
    private boolean afterName;

    public JsonWriter(Writer out) {
        this.out = out;
    }

    public JsonWriter beginObject() throws IOException {
        return open('{');
    }

    public JsonWriter endObject() throws IOException {
        return close('}');
    }

    public JsonWriter beginArray() throws IOException {
        return open('[');
    }

    public JsonWriter endArray() throws IOException {
        return close(']');
    }

    public JsonWriter name(String name) throws IOException {
        separate();
        string(name);
        out.write(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
        return this;
    }

    public JsonWriter value(boolean value) throws IOException {
        separate();
        out.write(value ? "true" : "false");
        return this;
    }

    /** A finite number as Java prints it, or {@code null} when it is not finite (a ratio to zero). */
    public JsonWriter value(double value) throws IOException {
        separate();
        out.write(Double.isFinite(value) ? Double.toString(value) : "null");
        return this;
    }

    /** A string, or {@code null} when {@code value} is null. */
    public JsonWriter value(String value) throws IOException {
        separate();
        if (value == null) out.write("null");
        else string(value);
        return this;
    }

    /** Starts a new line between top-level members, so a dump is readable with less and grep. */
    public JsonWriter newline() throws IOException {
        out.write('\n');
        return this;
    }

    private JsonWriter open(char bracket) throws IOException {
        separate();
        if (depth == MAX_DEPTH) throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
        out.write(bracket);
        depth++;
        hasMember &= ~(1L << depth);
        return this;
    }

    private JsonWriter close(char bracket) throws IOException {
        out.write(bracket);
        depth--;
        return this;
    }

    private void separate() throws IOException {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            long bit = 1L << depth;
            if ((hasMember & bit) != 0) out.write(',');
            hasMember |= bit;
        }
    }

    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\t' -> out.write("\\t");
                case '\r' -> out.write("\\r");
                default -> {
                    if (c < 0x20) out.write(String.format("\\u%04x", (int) c));
                    else out.write(c);
                }
            }
        }
        out.write('"');
    }
}
