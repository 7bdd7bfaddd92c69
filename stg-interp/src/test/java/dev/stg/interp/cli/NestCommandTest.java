package dev.stg.interp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NestCommandTest {

    private static final Path F4 = Path.of(System.getProperty("stg.root", ".."), "samples/nested/f4.stg");

    private record Result(int status, String out, String err) {
    }

    private static Result stg(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true));
            System.setErr(new PrintStream(err, true));
            int status = Main.execute(args);
            return new Result(status, out.toString(), err.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void nestPrintsTheRewrittenProgramWhichRunsToTheSameValue(@TempDir Path dir) throws Exception {
        Result nested = stg("nest", F4.toString(), "--nest-threshold", "1");
        assertThat(nested.status()).isZero();
        assertThat(nested.out()).contains("let l3 = \\(l2{i0 i1} i2) i3 ->");
        Path printed = dir.resolve("f4_nested.stg");
        Files.writeString(printed, nested.out());
        assertThat(stg("run", printed.toString()).out()).isEqualTo(stg("run", F4.toString()).out())
                .startsWith("Cons (Int# 0#)");
    }

    /**
     * Issue 10: inner binders named like outer ones (case binders reusing free-variable names, a
     * closure named like its parent) are renamed apart, so every printed entry names one binder:
     * the output runs to the same value in every mode and nests again to the same text.
     */
    @Test
    void shadowingBindersAreRenamedApartSoThePrintedProgramMeansWhatThePassDecided(@TempDir Path dir)
            throws Exception {
        Path shadow = F4.resolveSibling("shadow_parent.stg");
        for (String mode : new String[]{"nested", "nested-partial"}) {
            Result nested = stg("nest", "--closures=" + mode, shadow.toString());
            assertThat(nested.status()).isZero();
            assertThat(nested.out()).contains("s_1 -> let h_1 = \\(")
                    .contains("case add p_1 q_1 of").doesNotContain("let h = \\(h{");
            Path printed = dir.resolve(mode + ".stg");
            Files.writeString(printed, nested.out());
            for (String runMode : new String[]{"flat", "nested", "nested-partial"}) {
                assertThat(stg("run", "--closures=" + runMode, printed.toString()).out()).isEqualTo("Int# 10015#\n");
            }
            assertThat(stg("nest", "--closures=" + mode, printed.toString()).out()).isEqualTo(nested.out());
        }
    }

    @Test
    void runAcceptsEveryClosureModeAndRejectsOthers() {
        String flat = stg("run", F4.toString()).out();
        assertThat(stg("run", "--closures=nested-partial", "--nest-threshold", "0", "--thunk-parents",
                F4.toString()).out()).isEqualTo(flat);
        Result bad = stg("run", "--closures=deep", F4.toString());
        assertThat(bad.status()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).isEqualTo(
                "stg run: --closures must be one of flat, nested, nested-partial, not 'deep'\n");
    }
}
