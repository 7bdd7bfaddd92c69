package dev.stg.interp.repl;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real binary fed a script through a pipe, as {@code printf '...' | ./stg repl}: results
 * on standard output without prompts, errors on standard error. An integration test: Failsafe
 * runs it after the package phase has built the jar ({@code mvn -B verify}).
 */
class ReplPipeIT {

    private static final Path ROOT = Path.of(System.getProperty("stg.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("stg-interp/target/stg.jar");

    private record Result(String out, String err, int status) {
    }

    private static Result repl(String script) throws IOException, InterruptedException {
        assertThat(JAR).as("the shaded jar, built in the package phase").isRegularFile();
        Process process = new ProcessBuilder("java", "-jar", JAR.toString(), "repl").directory(ROOT.toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(out, err, process.exitValue());
    }

    @Test
    void aScriptLoadsEvaluatesAndShowsStatistics() throws Exception {
        Result result = repl(":load samples/basics/map.stg\nmain\n:stats\n");
        assertThat(result.out()).startsWith("""
                loaded samples/basics/map.stg: 11 globals
                Cons (Int# 2#) (Cons (Int# 3#) (Cons (Int# 4#) Nil))
                steps                                    56
                """).contains("updates                                   7\n");
        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
    }

    @Test
    void multiLineInputAndErrorsInAScript() throws Exception {
        Result result = repl("f = \\x -> case x of {\n  Int# a -> a }\nf\nnosuch\nlet n = \\ -> Int# 7# in f n\n");
        assertThat(result.out()).isEqualTo("<function>\n7#\n");
        assertThat(result.err()).startsWith("<input 3>:1:1: error:");
        assertThat(result.status()).isZero();
    }

    @Test
    void anOpenBracketDoesNotSwallowTheRestOfTheScript() throws Exception {
        Result result = repl("this is ( not stg\n:load samples/basics/map.stg\nmain\nit\n:{\ng = \\x ->\n  inc x\n:}\n"
                + "g it\n:set +s\nmain\n");
        assertThat(result.out()).startsWith("""
                loaded samples/basics/map.stg: 11 globals
                Cons (Int# 2#) (Cons (Int# 3#) (Cons (Int# 4#) Nil))
                Cons (Int# 2#) (Cons (Int# 3#) (Cons (Int# 4#) Nil))
                """).contains("+s: each evaluation now prints").endsWith(" s, 56 steps, 40 words allocated)\n");
        assertThat(result.err()).startsWith("line 1: incomplete input, ended by the command on line 2: this is ( not stg\n")
                .contains("no matching alternative");
        assertThat(result.status()).isZero();
    }

    @Test
    void aMegabyteLineIsRefusedAndTheSessionSurvives() throws Exception {
        Result result = repl("x".repeat(1 << 20) + "yz\n" + "w".repeat(3000) + "\none = \\ -> Int# 1#\none\n");
        assertThat(result.out()).isEqualTo("Int# 1#\n");
        assertThat(result.err()).startsWith("line 1: 1,048,578 characters, longer than the 1,048,576 a REPL line may have; skipped\n")
                .contains("unbound variable 'www");
        assertThat(result.status()).isZero();
    }
}
