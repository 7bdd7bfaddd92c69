package dev.stg.interp.cli;

import dev.stg.interp.samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stg fv}: checking free-variable lists and rewriting them. */
class FvCommandTest {

    @TempDir
    Path dir;

    @Test
    void aCorrectFileIsConfirmed() {
        String file = Sample.named("basics/map.stg").file().toString();
        CliRunner run = CliRunner.stg("fv", file);
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(file + ": free-variable lists are exact\n");
    }

    @Test
    void aWrongListIsReportedWithWhatToWrite() throws IOException {
        Path file = dir.resolve("f.stg");
        Files.writeString(file, "main = \\ -> let x = \\ -> Nil in let f = \\(x q) -> x in f;\n");
        CliRunner run = CliRunner.stg("fv", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(file + ":1:45: error: free-variable list of 'f' names 'q', which is not in scope\n"
                + " 1 | main = \\ -> let x = \\ -> Nil in let f = \\(x q) -> x in f;\n"
                + "   |                                             ^\n"
                + "  expected: remove 'q' from the free-variable list of 'f': \\(x)\n");
    }

    @Test
    void writeRewritesTheListsAndKeepsComments() throws IOException {
        Path file = dir.resolve("g.stg");
        Files.writeString(file, "-- a comment\nmain = \\ -> let x = \\ -> Nil in let f = \\ -> x in f;\n");
        CliRunner run = CliRunner.stg("fv", "--write", file.toString());
        assertThat(run.status()).isZero();
        assertThat(Files.readString(file))
                .isEqualTo("-- a comment\nmain = \\ -> let x = \\ -> Nil in let f = \\(x) -> x in f;\n");
        assertThat(run.out()).isEqualTo(file + ": free-variable lists rewritten\n"
                + file + ": free-variable lists are exact\n");
    }
}
