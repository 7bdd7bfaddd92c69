package dev.stg.bench;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.gen.FnFamily;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.parse.Dialect;
import dev.stg.core.syntax.SourceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How loading (parse and check) and nesting (rewrite and check again) scale with program size,
 * at sizes ten times apart (issue 10): f_n, whose text grows as n squared (f20, f63 and f200 are
 * about 10x apart), and one letrec of 1,000 to 100,000 closures each holding the next. Near-linear
 * means the time per size step grows about 10x, not 100x.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FrontendScalingBench {

    @Param({"f20", "f63", "f200", "letrec1000", "letrec10000", "letrec100000"})
    public String program;

    private List<SourceFile> sources;

    @Setup
    public void generate() {
        String text = program.startsWith("f") ? FnFamily.source(Integer.parseInt(program.substring(1)))
                : letrec(Integer.parseInt(program.substring("letrec".length())));
        sources = List.of(new SourceFile(program + ".stg", text));
    }

    /** {@code main = \ => letrec x0 = \(x1) -> C x1; ...; x(n-1) = \(x0) -> C x0 in x0}. */
    static String letrec(int n) {
        StringBuilder text = new StringBuilder("main = \\ => letrec ");
        for (int i = 0; i < n; i++) {
            String next = "x" + (i + 1) % n;
            text.append(i == 0 ? "" : ";\n    ").append('x').append(i).append(" = \\(").append(next).append(") -> C ")
                    .append(next);
        }
        return text.append("\nin x0;\n").toString();
    }

    @Benchmark
    public CheckedProgram load() {
        return Frontend.load(sources, Optional.of(Dialect.NATIVE));
    }

    @Benchmark
    public CheckedProgram loadAndNest() {
        return Nesting.rewrite(load(), NestingOptions.of(ClosureMode.NESTED_PARTIAL), sources, Frontend.Main.REQUIRED);
    }
}
