package dev.stg.interp.machine;

import dev.stg.core.syntax.PrimOp;
import dev.stg.interp.code.Code;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * The program's I/O: the foreign calls the machine implements (docs/prelude-hs.md, "Foreign
 * calls"), with their state: the buffered stdout, the arguments, the path being built and the
 * open files. The rules a program's file access follows are the sandbox of untrusted input: a
 * file opens read-only, only when its path is relative with no {@code ..} component and its real
 * path (symbolic links resolved) lies below the real working directory. {@link #close} ends a
 * run: output flushed, files closed. Results match {@code lib/hs-native/stg_prims.c}, the same
 * calls for the library's native build; the bounds below are faults here and there alike.
 */
public final class ForeignCalls implements AutoCloseable {

    /** How many files may be open at once (C's {@code MAX_FILES}). */
    public static final int MAX_OPEN_FILES = 64;
    /** The longest path in bytes (C's buffer less its NUL; Linux's PATH_MAX). */
    public static final int MAX_PATH_BYTES = 4095;

    private final InputStream stdin;
    private final OutputStream out;
    /**
     * The program's putchar bytes, buffered: flushed when an evaluation ends and before a getchar.
     * Made on the first putchar, and flushed only when it holds bytes: most evaluations (a
     * benchmark's thousands of short runs) print nothing, and a buffer and a flush each cost them
     * a few percent.
     */
    private BufferedOutputStream stdout;
    private boolean unflushed;
    private final byte[][] args;
    private final Path workingDirectory;
    private final ByteArrayOutputStream path = new ByteArrayOutputStream();
    private final InputStream[] files = new InputStream[MAX_OPEN_FILES];

    ForeignCalls(MachineOptions options) {
        this.stdin = options.stdin();
        this.out = options.stdout();
        List<String> arguments = options.args();
        this.args = new byte[arguments.size()][];
        for (int i = 0; i < args.length; i++) args[i] = arguments.get(i).getBytes(StandardCharsets.UTF_8);
        this.workingDirectory = options.workingDirectory();
    }

    /** Runs a foreign call on its (at most two) arguments. */
    long call(PrimOp op, long a, long b, Code at) {
        switch (op) {
            case PUTCHAR: return putchar(a, at);
            case GETCHAR: return getchar(at);
            case EXIT:
                throw new RuntimeFault(RuntimeFault.Kind.EXITED, "exit " + a + "# at " + at.span.location(), a);
            case ARG_COUNT: return args.length;
            case ARG_BYTE:
                return a < 0 || a >= args.length || b < 0 || b >= args[(int) a].length ? -1 : args[(int) a][(int) b] & 0xFF;
            case FILE_PATH_BYTE: return pathByte(a, at);
            case FILE_OPEN: return open(at);
            case FILE_GETC: return getc(a, at);
            default: throw new AssertionError("internal error: " + op + " is not a foreign call");
        }
    }

    private long putchar(long c, Code at) {
        try {
            if (stdout == null) stdout = new BufferedOutputStream(out);
            stdout.write((int) c);
            unflushed = true;
        } catch (IOException e) {
            throw ioFault("putchar", at, e);
        }
        return c;
    }

    /** The next byte of stdin, or -1 at its end; what the program wrote so far goes out first (a prompt). */
    private long getchar(Code at) {
        try {
            flushOutput();
            return stdin.read();
        } catch (IOException e) {
            throw ioFault("getchar", at, e);
        }
    }

    private long pathByte(long b, Code at) {
        if (path.size() >= MAX_PATH_BYTES) {
            throw new RuntimeFault(RuntimeFault.Kind.IO_ERROR, "stg_file_path_byte at " + at.span.location()
                    + ": a path longer than " + MAX_PATH_BYTES + " bytes");
        }
        path.write((int) b);
        return 0;
    }

    /** -2 for a path outside the working directory, -1 for one that cannot be read, else a handle. */
    private long open(Code at) {
        byte[] bytes = path.toByteArray();
        path.reset();
        if (!lexicallyBelow(bytes)) return -2;
        int handle = 0;
        while (handle < MAX_OPEN_FILES && files[handle] != null) handle++;
        if (handle == MAX_OPEN_FILES) {
            throw new RuntimeFault(RuntimeFault.Kind.IO_ERROR, "stg_file_open at " + at.span.location() + ": "
                    + MAX_OPEN_FILES + " files are open already (a file closes when read to its end)");
        }
        Path real;
        Path base;
        try {
            base = workingDirectory.toRealPath();
            real = base.resolve(new String(bytes, StandardCharsets.UTF_8)).toRealPath();
        } catch (IOException | InvalidPathException e) {
            return -1;
        }
        // A symbolic link below the working directory may point anywhere: the real path decides.
        if (!real.startsWith(base)) return -2;
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) return -1;
        try {
            files[handle] = new BufferedInputStream(Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return -1;
        }
        return handle;
    }

    /** A relative path none of whose components is {@code ..} (and no NUL, which ends C's string). */
    private static boolean lexicallyBelow(byte[] p) {
        if (p.length == 0 || p[0] == '/') return false;
        int start = 0;
        for (int i = 0; i <= p.length; i++) {
            if (i == p.length || p[i] == '/') {
                if (i - start == 2 && p[start] == '.' && p[start + 1] == '.') return false;
                start = i + 1;
            } else if (p[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private long getc(long h, Code at) {
        if (h < 0 || h >= MAX_OPEN_FILES || files[(int) h] == null) return -1;
        try {
            int c = files[(int) h].read();
            if (c < 0) closeFile((int) h);
            return c;
        } catch (IOException e) {
            throw ioFault("stg_file_getc", at, e);
        }
    }

    private void closeFile(int h) throws IOException {
        InputStream file = files[h];
        files[h] = null;
        file.close();
    }

    /** Sends what the program wrote so far to the output. */
    void flush() {
        try {
            flushOutput();
        } catch (IOException e) {
            throw new RuntimeFault(RuntimeFault.Kind.IO_ERROR, "cannot write the program's output: " + e.getMessage());
        }
    }

    private void flushOutput() throws IOException {
        if (!unflushed) return;
        stdout.flush();
        unflushed = false;
    }

    /** The run is over: output flushed, every file closed, the path half-built (if any) dropped. */
    @Override
    public void close() {
        path.reset();
        for (int h = 0; h < MAX_OPEN_FILES; h++) {
            if (files[h] == null) continue;
            try {
                closeFile(h);
            } catch (IOException e) {
                // A read-only file's close loses nothing; the run's result stands.
            }
        }
        flush();
    }

    /** How many files are open now (tests). */
    public int openFiles() {
        int n = 0;
        for (InputStream f : files) if (f != null) n++;
        return n;
    }

    private static RuntimeFault ioFault(String call, Code at, IOException e) {
        return new RuntimeFault(RuntimeFault.Kind.IO_ERROR, call + " at " + at.span.location() + " failed: " + e.getMessage());
    }
}
