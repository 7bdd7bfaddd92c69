package dev.stg.interp.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code stg} launcher's class-data archive: made on first use, remade when stale or recorded
 * for another JVM, never an error and never a word on standard error. Each test runs a copy of
 * the launcher beside a copy of the jar (no sources there, so it never starts Maven). An
 * integration test: Failsafe runs it after the package phase has built the jar.
 */
class LauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("stg.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path root;
    private Path jar;
    private Path archive;
    private Path jvmRecord;

    private record Result(String out, String err, int status) {
    }

    @BeforeEach
    void copyLauncherAndJar() throws IOException {
        Path built = ROOT.resolve("stg-interp/target/stg.jar");
        assertThat(built).as("the shaded jar, built in the package phase").isRegularFile();
        Files.copy(ROOT.resolve("stg"), root.resolve("stg"));
        jar = Files.createDirectories(root.resolve("stg-interp/target")).resolve("stg.jar");
        Files.copy(built, jar);
        archive = jar.resolveSibling("stg.jsa");
        jvmRecord = jar.resolveSibling("stg.jsa.jvm");
    }

    private Result version(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("stg").toString(), "--version");
        builder.environment().remove("STG_JAVA_OPTS");
        builder.environment().remove("STG_CDS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(out, err, process.exitValue());
    }

    private Result version() throws IOException, InterruptedException {
        return version(Map.of());
    }

    private static void assertQuietSuccess(Result result) {
        assertThat(result.out()).isEqualTo("stg 0.1.0\n");
        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
    }

    @Test
    void theFirstRunMakesTheArchiveAndLaterRunsKeepIt() throws Exception {
        assertQuietSuccess(version());
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);
        assertThat(Files.readString(jvmRecord)).contains("java");
        FileTime made = Files.getLastModifiedTime(archive);

        assertQuietSuccess(version());
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(made);
    }

    @Test
    void anArchiveOlderThanTheJarIsRemade() throws Exception {
        assertQuietSuccess(version());
        FileTime built = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(archive, FileTime.fromMillis(built.toMillis() - 10_000));

        assertQuietSuccess(version());
        assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(built);
    }

    @Test
    void anArchiveOfAnotherJvmIsRemadeAndAnUnmappableOneIsSkippedQuietly() throws Exception {
        assertQuietSuccess(version());
        byte[] garbage = new byte[4096];
        Arrays.fill(garbage, (byte) 0x5a);
        Files.delete(archive);
        Files.write(archive, garbage);
        assertQuietSuccess(version());

        Files.writeString(jvmRecord, "/another/java 1 2\n");
        assertQuietSuccess(version());
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);
        assertThat(Files.readString(jvmRecord)).doesNotContain("/another/java");
    }

    @Test
    void anArchiveThatCannotBeMadeIsLeftEmptyAndNotRetried() throws Exception {
        // Without the JDK's base archive no application archive can be made on top of it.
        Map<String, String> noSharing = Map.of("STG_JAVA_OPTS", "-Xss16m -Xshare:off");
        assertQuietSuccess(version(noSharing));
        assertThat(archive).isEmptyFile();
        FileTime tried = Files.getLastModifiedTime(archive);

        assertQuietSuccess(version(noSharing));
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(tried);
    }

    @Test
    void stgCdsOffRunsWithoutAnArchive() throws Exception {
        assertQuietSuccess(version(Map.of("STG_CDS", "off")));
        assertThat(archive).doesNotExist();
    }
}
