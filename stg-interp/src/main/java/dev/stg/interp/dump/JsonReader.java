package dev.stg.interp.dump;

import java.io.IOException;
import java.io.Reader;
import java.util.BitSet;

/**
 * A pull parser for JSON: the caller asks for the token it expects, so a dump loads straight
 * into primitive arrays with no tree of Java objects. Every error names the file, the
 * line:column and what was expected there.
 */
final class JsonReader {

    private final Reader in;
    private final String file;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int position;
    private int line = 1;
    private int column = 1;

    JsonReader(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    void beginObject() throws IOException, DumpFormatException {
        expect('{', "'{' (an object)");
    }

    void beginArray() throws IOException, DumpFormatException {
        expect('[', "'[' (an array)");
    }

    /**
     * Whether the current object or array has another member; consumes the comma before it or
     * the closing bracket after the last one.
     */
    boolean hasNext(boolean first) throws IOException, DumpFormatException {
        int c = peekSignificant();
        if (c == '}' || c == ']') {
            read();
            return false;
        }
        if (!first) {
            if (c != ',') throw error("',' or a closing bracket");
            read();
        }
        return true;
    }

    String nextName() throws IOException, DumpFormatException {
        String name = nextString();
        expect(':', "':' after the member name \"" + name + "\"");
        return name;
    }

    String nextString() throws IOException, DumpFormatException {
        expect('"', "a string");
        StringBuilder s = new StringBuilder();
        while (true) {
            int c = read();
            if (c < 0) throw error("the end of a string");
            if (c == '"') return s.toString();
            if (c == '\\') {
                int e = read();
                switch (e) {
                    case '"', '\\', '/' -> s.append((char) e);
                    case 'n' -> s.append('\n');
                    case 't' -> s.append('\t');
                    case 'r' -> s.append('\r');
                    case 'b' -> s.append('\b');
                    case 'f' -> s.append('\f');
                    case 'u' -> s.append((char) hex4());
                    default -> throw error("an escape sequence");
                }
            } else {
                s.append((char) c);
            }
        }
    }

    /** A string, or null for the literal {@code null}. */
    String nextNullableString() throws IOException, DumpFormatException {
        if (peekSignificant() == 'n') {
            literal("null");
            return null;
        }
        return nextString();
    }

    long nextLong() throws IOException, DumpFormatException {
        int c = peekSignificant();
        if (c != '-' && (c < '0' || c > '9')) throw error("an integer");
        long value = 0;
        boolean negative = c == '-';
        if (negative) read();
        int digits = 0;
        while (true) {
            c = peek();
            if (c < '0' || c > '9') break;
            read();
            value = value * 10 + (c - '0');
            digits++;
            if (digits > 19) throw error("an integer of at most 19 digits");
        }
        if (digits == 0) throw error("a digit");
        if (c == '.' || c == 'e' || c == 'E') throw error("an integer, not a fraction");
        return negative ? -value : value;
    }

    int nextInt() throws IOException, DumpFormatException {
        long value = nextLong();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) throw error("an integer in the int range");
        return (int) value;
    }

    boolean nextBoolean() throws IOException, DumpFormatException {
        if (peekSignificant() == 't') {
            literal("true");
            return true;
        }
        literal("false");
        return false;
    }

    /**
     * Skips one value of any shape (members a newer writer may add). Iterative, with the open
     * brackets kept in a bit set: a hostile dump may nest arrays a million deep.
     */
    void skipValue() throws IOException, DumpFormatException {
        BitSet openObjects = new BitSet();
        int depth = 0;
        while (true) {
            boolean first = false;
            int c = peekSignificant();
            if (c == '{' || c == '[') {
                read();
                openObjects.set(depth++, c == '{');
                first = true;
            } else {
                skipScalar(c);
            }
            for (; depth > 0; depth--, first = false) {
                if (hasNext(first)) {
                    if (openObjects.get(depth - 1)) nextName();
                    break;
                }
            }
            if (depth == 0) return;
        }
    }

    private void skipScalar(int c) throws IOException, DumpFormatException {
        if (c == '"') {
            nextString();
        } else if (c == 't' || c == 'f') {
            nextBoolean();
        } else if (c == 'n') {
            literal("null");
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            nextLong();
        } else {
            throw error("a value (an object, array, string, integer, true, false or null)");
        }
    }

    void endOfInput() throws IOException, DumpFormatException {
        if (peekSignificant() >= 0) throw error("the end of the file");
    }

    DumpFormatException error(String expected) throws IOException {
        int c = peek();
        String found = c < 0 ? "the end of the file" : "'" + (char) c + "'";
        return new DumpFormatException(file + ":" + line + ":" + column + ": expected " + expected + ", found " + found);
    }

    /** An error about a well-formed value that makes no sense, reported where the parser now is. */
    DumpFormatException invalid(String message) {
        return new DumpFormatException(file + ":" + line + ":" + column + ": " + message);
    }

    private void literal(String word) throws IOException, DumpFormatException {
        peekSignificant();
        for (int i = 0; i < word.length(); i++) {
            if (peek() != word.charAt(i)) throw error("'" + word + "'");
            read();
        }
    }

    private int hex4() throws IOException, DumpFormatException {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(peek(), 16);
            if (digit < 0) throw error("a hexadecimal digit");
            read();
            value = value * 16 + digit;
        }
        return value;
    }

    private void expect(char c, String what) throws IOException, DumpFormatException {
        if (peekSignificant() != c) throw error(what);
        read();
    }

    private int peekSignificant() throws IOException {
        while (true) {
            int c = peek();
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') return c;
            read();
        }
    }

    private int peek() throws IOException {
        if (position == length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[position];
    }

    private int read() throws IOException {
        int c = peek();
        if (c < 0) return c;
        position++;
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }
}
