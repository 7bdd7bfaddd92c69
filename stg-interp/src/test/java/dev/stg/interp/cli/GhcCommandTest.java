package dev.stg.interp.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stg ghc} where GHC is not needed: its absence, bad options, missing files. The
 * imported programs themselves are tested from the committed dumps (GhcCorpusRunTest).
 */
class GhcCommandTest {

    @TempDir
    Path dir;

    private Path program() throws IOException {
        Path hs = dir.resolve("Hello.hs");
        Files.writeString(hs, "module Hello where\nresult = ()\n");
        return hs;
    }

    @Test
    void withoutGhcItSaysHowToInstallIt() throws IOException {
        CliRunner run = CliRunner.stg("ghc", "--with-ghc", dir.resolve("no-ghc-here").toString(), program().toString());
        assertThat(run.status()).isEqualTo(Main.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("stg ghc: cannot run " + dir.resolve("no-ghc-here")
                + ": stg ghc needs GHC 9.0.2 on PATH (on Debian or Ubuntu: apt-get install ghc), or --with-ghc naming it\n");
    }

    @Test
    void anOptimisationLevelOtherThanZeroToTwoIsAUsageError() throws IOException {
        CliRunner run = CliRunner.stg("ghc", "-O3", program().toString());
        assertThat(run.status()).isEqualTo(Main.USAGE);
        assertThat(run.err()).isEqualTo("stg ghc: -O must be -O0, -O1 or -O2, not -O3\n");
    }

    @Test
    void aMissingFileIsAUsageErrorBeforeGhcRuns() {
        CliRunner run = CliRunner.stg("ghc", "--with-ghc", "/nonexistent/ghc", dir.resolve("Missing.hs").toString());
        assertThat(run.status()).isEqualTo(Main.USAGE);
        assertThat(run.err()).isEqualTo("stg ghc: " + dir.resolve("Missing.hs") + ": no such file\n");
    }

    @Test
    void theWordsAfterDoubleDashAreTheProgramsArgumentsNotFiles() {
        CliRunner run = CliRunner.stg("ghc", "--with-ghc", "/nonexistent/ghc", dir.resolve("Missing.hs").toString(),
                "--", "Other.hs", "-O3");
        assertThat(run.status()).isEqualTo(Main.USAGE);
        assertThat(run.err()).isEqualTo("stg ghc: " + dir.resolve("Missing.hs") + ": no such file\n");
    }
}
