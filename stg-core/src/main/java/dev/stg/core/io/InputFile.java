package dev.stg.core.io;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file the user named as input (a program, a heap dump, a heap profile), opened the same way
 * by every command, so a missing file, a directory or a device is reported as what it is.
 */
public final class InputFile {

    /** A named file that cannot be opened as input: a usage error (exit status 64). */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private InputFile() {
    }

    /** Fails unless {@code path} names an existing, non-empty regular file. */
    public static void requireReadable(Path path) throws Unreadable {
        if (Files.isDirectory(path)) throw new Unreadable(path + ": is a directory, not a file");
        if (!Files.exists(path)) {
            throw new Unreadable(path + (Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    ? ": is a dangling symbolic link" : ": no such file"));
        }
        if (!Files.isRegularFile(path)) throw new Unreadable(path + ": not a regular file (a device, pipe or socket)");
        try {
            if (Files.size(path) == 0) throw new Unreadable(path + ": is empty (0 bytes)");
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /** Reads program files, in order. */
    public static List<SourceFile> sources(List<Path> paths) throws Unreadable {
        List<SourceFile> sources = new ArrayList<>();
        for (Path path : paths) sources.add(source(path));
        return sources;
    }

    /**
     * Reads a program file as UTF-8, dropping a leading byte-order mark.
     *
     * @throws StaticErrorException when the bytes are not UTF-8, naming the first bad byte and its line:col
     */
    public static SourceFile source(Path path) throws Unreadable {
        return decode(path.toString(), bytes(path));
    }

    static SourceFile decode(String name, byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, bom, bytes.length - bom);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw notUtf8(name, out.flip().toString(), bytes, in.position(), result.length());
        decoder.flush(out);
        return new SourceFile(name, out.flip().toString());
    }

    private static StaticErrorException notUtf8(String name, String before, byte[] bytes, int offset, int length) {
        int lineStart = before.lastIndexOf('\n') + 1;
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - lineStart + 1;
        StringBuilder bad = new StringBuilder();
        for (int i = offset; i < offset + length && i < bytes.length; i++) {
            bad.append(bad.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        Diagnostics diags = new Diagnostics();
        diags.addSource(new SourceFile(name, before));
        diags.error(Span.point(name, line, column), (length == 1 ? "byte " : "bytes ") + bad + " at byte offset "
                + offset + (length == 1 ? " is" : " are") + " not UTF-8", "a UTF-8 text file (convert it, e.g. iconv -f LATIN1 -t UTF-8)");
        return new StaticErrorException(diags);
    }

    /** The whole content of a readable file. */
    public static byte[] bytes(Path path) throws Unreadable {
        requireReadable(path);
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /** The reason an I/O operation on {@code path} failed, without Java's exception class names. */
    public static Unreadable unreadable(Path path, IOException e) {
        if (e instanceof AccessDeniedException) return new Unreadable(path + ": permission denied");
        if (e instanceof NoSuchFileException) return new Unreadable(path + ": no such file");
        return new Unreadable(path + ": cannot read: " + e.getMessage());
    }
}
