package dev.stg.interp.run;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.gen.FnFamily;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.stats.Stats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The point of nested closures, measured: for f_n (n nested lambdas each capturing every
 * enclosing argument) flat closures store, load and allocate O(n^2) words, nested ones O(n),
 * with O(n) parent hops. Asserted from the machine's statistics for n up to 200.
 */
class FnScalingTest {

    private static Stats run(int n, ClosureMode mode) {
        SourceFile source = new SourceFile("f" + n + ".stg", FnFamily.source(n));
        CheckedProgram flat = Frontend.load(List.of(source), Optional.empty());
        CheckedProgram program = Nesting.rewrite(flat, NestingOptions.of(mode), List.of(source), Frontend.Main.REQUIRED);
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(program, ProgramRunner.Settings.defaults());
        assertThat(outcome.output()).isEqualTo(FnFamily.expectedOutput(n));
        return outcome.stats();
    }

    @ParameterizedTest
    @EnumSource(value = ClosureMode.class, names = {"NESTED", "NESTED_PARTIAL"})
    void nestedCostsGrowLinearlyWhileFlatCostsGrowQuadratically(ClosureMode mode) {
        Stats flat100 = run(100, ClosureMode.FLAT);
        Stats flat200 = run(200, ClosureMode.FLAT);
        Stats nested100 = run(100, mode);
        Stats nested200 = run(200, mode);

        // Doubling n: about 2x for linear growth, about 4x for quadratic.
        assertThat(ratio(nested200.fvStores, nested100.fvStores)).isBetween(1.8, 2.2);
        assertThat(ratio(nested200.allocWords, nested100.allocWords)).isBetween(1.8, 2.2);
        assertThat(ratio(nested200.parentHops, nested100.parentHops)).isBetween(1.8, 2.2);
        assertThat(ratio(nested200.fvLoads, nested100.fvLoads)).isBetween(1.8, 2.2);
        assertThat(ratio(flat200.fvStores, flat100.fvStores)).isBetween(3.6, 4.4);
        assertThat(ratio(flat200.allocWords, flat100.allocWords)).isBetween(3.3, 4.4);

        // Per level: a handful of words, not n.
        assertThat(nested200.fvStores).isLessThanOrEqualTo(8L * 200);
        assertThat(nested200.parentHops).isLessThanOrEqualTo(200);
        assertThat(flat200.parentHops).isZero();
        assertThat(nested100.fvStores).isLessThanOrEqualTo(flat100.fvStores / 5);
    }

    private static double ratio(long a, long b) {
        return (double) a / b;
    }
}
