package dev.stg.interp.machine;

import dev.stg.core.Frontend;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.run.ProgramRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foreign calls' exact results (samples/prim/args.stg and files.stg show the ordinary
 * ones): the sandbox against symbolic links, the bounds on open files and path length, files
 * closed when a run ends, and the inverse hyperbolic functions against C's.
 */
class ForeignCallsTest {

    /** {@code path "p"#} passes p a byte at a time and opens it. */
    private static final String PATH = """
            path = \\a -> case indexCharOffAddr# a 0# of {
                '\\0'# -> ccall stg_file_open;
                c -> case ord# c of { b -> case ccall stg_file_path_byte b of { r ->
                     case plusAddr# a 1# of { next -> path next } } } };
            """;

    @TempDir
    Path temp;

    private record Run(ProgramRunner.Outcome outcome, String stdout) {
    }

    private static Run run(String main, Path workingDirectory, List<String> args) {
        List<SourceFile> sources = List.of(new SourceFile("io.stg", PATH + main));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgramRunner.Settings settings = ProgramRunner.Settings.defaults().withMachine(MachineOptions.defaults()
                .withIO(new ByteArrayInputStream(new byte[0]), out).withProgram(args, workingDirectory));
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(Frontend.load(sources, Optional.empty()), settings);
        return new Run(outcome, out.toString(StandardCharsets.UTF_8));
    }

    /** Opens {@code p} and reads its first byte: {@code R handle byte}. */
    private String openAndRead(String p, Path workingDirectory) {
        Run r = run("main = \\ -> case path \"" + p + "\"# of { h -> case ccall stg_file_getc h of { c -> R h c } };",
                workingDirectory, List.of());
        assertThat(r.outcome().fault()).isNull();
        return r.outcome().output();
    }

    @Test
    void filesBelowTheWorkingDirectoryAreReadAndOthersRefused() throws IOException {
        Path wd = Files.createDirectories(temp.resolve("wd"));
        Files.writeString(Files.createDirectories(wd.resolve("sub")).resolve("in.txt"), "xyz");
        Files.writeString(temp.resolve("outside.txt"), "secret");
        assertThat(openAndRead("sub/in.txt", wd)).isEqualTo("R 0# 120#");
        assertThat(openAndRead("sub/./in.txt", wd)).isEqualTo("R 0# 120#");
        assertThat(openAndRead("sub/missing.txt", wd)).isEqualTo("R -1# -1#");
        assertThat(openAndRead("sub", wd)).isEqualTo("R -1# -1#");
        assertThat(openAndRead("../outside.txt", wd)).isEqualTo("R -2# -1#");
        assertThat(openAndRead("sub/../../outside.txt", wd)).isEqualTo("R -2# -1#");
        assertThat(openAndRead(temp.resolve("outside.txt").toString(), wd)).isEqualTo("R -2# -1#");
        assertThat(openAndRead("/etc/passwd", wd)).isEqualTo("R -2# -1#");
    }

    @Test
    void aSymbolicLinkOutOfTheWorkingDirectoryIsRefused() throws IOException {
        Path wd = Files.createDirectories(temp.resolve("wd"));
        Path secrets = Files.createDirectories(temp.resolve("secrets"));
        Files.writeString(secrets.resolve("key"), "k");
        Files.writeString(wd.resolve("own.txt"), "o");
        Files.createSymbolicLink(wd.resolve("escape"), secrets.resolve("key"));
        Files.createSymbolicLink(wd.resolve("dir"), secrets);
        Files.createSymbolicLink(wd.resolve("inside"), wd.resolve("own.txt"));
        Files.createSymbolicLink(wd.resolve("dangling"), temp.resolve("nothing"));
        assertThat(openAndRead("escape", wd)).isEqualTo("R -2# -1#");
        assertThat(openAndRead("dir/key", wd)).isEqualTo("R -2# -1#");
        assertThat(openAndRead("inside", wd)).isEqualTo("R 0# 111#");
        assertThat(openAndRead("dangling", wd)).isEqualTo("R -1# -1#");
        // The working directory reached through a link of its own is still the working directory.
        Path alias = Files.createSymbolicLink(temp.resolve("alias"), wd);
        assertThat(openAndRead("own.txt", alias)).isEqualTo("R 0# 111#");
    }

    @Test
    void aFileReadToItsEndIsClosedAndTheRestCloseWhenTheRunEnds() throws IOException {
        Files.writeString(temp.resolve("a"), "ab");
        Run r = run("""
                main = \\ -> case path "a"# of { h -> case path "a"# of { open ->
                    case ccall stg_file_getc h of { x -> case ccall stg_file_getc h of { y ->
                    case ccall stg_file_getc h of { end -> case ccall stg_file_getc h of { after ->
                    case path "a"# of { reused -> R h open x y end after reused } } } } } } };
                """, temp, List.of());
        assertThat(r.outcome().output()).isEqualTo("R 0# 1# 97# 98# -1# -1# 0#");
        assertThat(r.outcome().machine().foreignCalls().openFiles()).isZero();
    }

    @Test
    void tooManyOpenFilesIsAFaultNamingTheLimit() throws IOException {
        Files.writeString(temp.resolve("f"), "f");
        Run r = run("""
                opens = \\i -> case >=# i 65# of { 1# -> 0#;
                    default -> case path "f"# of { h -> case +# i 1# of { j -> opens j } } };
                main = \\ -> case opens 0# of { n -> I# n };
                """, temp, List.of());
        assertThat(r.outcome().fault().kind()).isEqualTo(RuntimeFault.Kind.IO_ERROR);
        assertThat(r.outcome().fault().getMessage()).isEqualTo(
                "stg_file_open at io.stg:2:14: 64 files are open already (a file closes when read to its end)");
        assertThat(r.outcome().machine().foreignCalls().openFiles()).isZero();
    }

    @Test
    void aPathBeyond4095BytesIsAFault() {
        String longPath = """
                long = \\n i -> case >=# i n of { 1# -> ccall stg_file_open;
                    default -> case ccall stg_file_path_byte 97# of { r -> case +# i 1# of { j -> long n j } } };
                main = \\ -> case long %d# 0# of { h -> I# h };
                """;
        Run fits = run(longPath.formatted(4095), temp, List.of());
        assertThat(fits.outcome().output()).isEqualTo("I# -1#");
        Run tooLong = run(longPath.formatted(4096), temp, List.of());
        assertThat(tooLong.outcome().fault().getMessage())
                .isEqualTo("stg_file_path_byte at io.stg:6:16: a path longer than 4095 bytes");
    }

    @Test
    void argumentsAreTheirUtf8Bytes() {
        Run r = run("""
                main = \\ -> case ccall stg_arg_count of { n -> case ccall stg_arg_byte 1# 0# of { a ->
                    case ccall stg_arg_byte 1# 1# of { b -> case ccall stg_arg_byte 1# 2# of { c ->
                    case ccall stg_arg_byte 0# 0# of { empty -> R n a b c empty } } } } };
                """, temp, List.of("", "λ"));
        assertThat(r.outcome().output()).isEqualTo("R 2# 206# 187# -1# -1#");
        assertThat(run("main = \\ -> case ccall stg_arg_count of { n -> I# n };", temp, List.of()).outcome().output())
                .isEqualTo("I# 0#");
    }

    @Test
    void inverseHyperbolicFunctionsGiveCsResults() {
        // Python's math module (C's libm) on the same arguments.
        double[][] asinh = {{1, 0.881373587019543}, {-1, -0.881373587019543}, {1e-10, 1e-10},
                {0.5, 0.48121182505960347}, {3, 1.8184464592320668}, {1e20, 46.74484904044086},
                {-1e300, -691.4686750787736}};
        double[][] acosh = {{1, 0}, {1.5, 0.9624236501192069}, {2, 1.3169578969248166},
                {10, 2.993222846126381}, {1e20, 46.74484904044086}};
        double[][] atanh = {{0.5, 0.5493061443340548}, {-0.5, -0.5493061443340548}, {1e-10, 1e-10},
                {0.9, 1.4722194895832204}, {0.99999, 6.1030338227611125}};
        for (double[] c : asinh) assertThat(PrimOps.asinh(c[0])).as("asinh %s", c[0]).isCloseTo(c[1], within(c[1]));
        for (double[] c : acosh) assertThat(PrimOps.acosh(c[0])).as("acosh %s", c[0]).isCloseTo(c[1], within(c[1]));
        for (double[] c : atanh) assertThat(PrimOps.atanh(c[0])).as("atanh %s", c[0]).isCloseTo(c[1], within(c[1]));
        assertThat(PrimOps.acosh(0.5)).isNaN();
        assertThat(PrimOps.atanh(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(PrimOps.atanh(-1)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(PrimOps.asinh(-0.0)).isEqualTo(-0.0);
        assertThat(PrimOps.asinh(Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    /** Two units in the last place. */
    private static org.assertj.core.data.Offset<Double> within(double expected) {
        return org.assertj.core.data.Offset.offset(2 * Math.ulp(expected));
    }
}
