package dev.stg.interp.cli;

import org.junit.jupiter.api.Test;

import static dev.stg.interp.cli.CliRunner.stg;
import static org.assertj.core.api.Assertions.assertThat;

/** The top-level command line, which builds only the subcommand it is given when it names one. */
class MainTest {

    @Test
    void usageListsEverySubcommand() {
        CliRunner result = stg("--help");
        assertThat(result.status()).isZero();
        assertThat(result.out()).containsSubsequence("run", "fv", "nest", "repl", "heap", "help");
    }

    @Test
    void helpDescribesAnotherSubcommand() {
        CliRunner result = stg("help", "run");
        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: stg run ").contains("--closures");
    }

    @Test
    void anUnknownSubcommandIsAUsageErrorThatListsTheKnownOnes() {
        CliRunner result = stg("nosuch");
        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.err()).startsWith("stg: Unmatched argument").contains("run", "heap");
    }

    @Test
    void aNamedSubcommandRunsAloneWithItsOwnHelp() {
        CliRunner result = stg("heap", "--help");
        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: stg heap ").contains("summary", "profile");
    }
}
