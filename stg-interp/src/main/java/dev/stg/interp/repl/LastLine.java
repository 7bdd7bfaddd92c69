package dev.stg.interp.repl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** An output stream that keeps only the last complete line written to it (the last trace line). */
final class LastLine extends OutputStream {

    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private String last = "";

    @Override
    public void write(int b) {
        if (b == '\n') {
            last = current.toString(StandardCharsets.UTF_8);
            current.reset();
        } else {
            current.write(b);
        }
    }

    String last() {
        return last;
    }
}
