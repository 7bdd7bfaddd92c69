package dev.stg.core.io;

import dev.stg.core.diag.StaticErrorException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Program files are UTF-8: a byte-order mark is dropped, other bytes are located exactly. */
class InputFileTest {

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] bytes = "\uFEFFmain = \\ -> A;".getBytes(StandardCharsets.UTF_8);
        assertThat(InputFile.decode("f.stg", bytes).text()).isEqualTo("main = \\ -> A;");
    }

    @Test
    void aLoneByteAndATruncatedSequenceAreNamedWithTheirLineAndColumn() {
        byte[] latin1 = "a\nbc\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(render(latin1)).isEqualTo("f.stg:2:3: error: byte 0xFF at byte offset 4 is not UTF-8\n"
                + " 2 | bc\n"
                + "   |   ^\n"
                + "  expected: a UTF-8 text file (convert it, e.g. iconv -f LATIN1 -t UTF-8)\n");
        byte[] truncated = {'x', ' ', (byte) 0xE2, (byte) 0x82, ' '};
        assertThat(render(truncated)).startsWith("f.stg:1:3: error: bytes 0xE2 0x82 at byte offset 2 are not UTF-8\n");
    }

    private static String render(byte[] bytes) {
        return catchThrowableOfType(StaticErrorException.class, () -> InputFile.decode("f.stg", bytes)).render();
    }
}
