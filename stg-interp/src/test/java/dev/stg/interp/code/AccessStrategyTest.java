package dev.stg.interp.code;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.run.ProgramRunner;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --access=auto}: which free variables a body loads on entry, and what that costs. */
class AccessStrategyTest {

    private static CheckedProgram load(String... lines) {
        SourceFile source = new SourceFile("t.stg", String.join("\n", lines) + "\n");
        return Frontend.load(List.of(source), Optional.empty());
    }

    /** The read counts of the body of global {@code f}. */
    private static Map<String, Integer> readsOfF(String... lines) {
        return ReadCounts.in(load(lines).program().global("f").orElseThrow().lambda().body());
    }

    @Test
    void aVariableReadTwiceOnOnePathIsReadManyTimes() {
        assertThat(readsOfF("main = \\ -> Nil;", "f = \\a b -> P a a b;"))
                .containsEntry("a", ReadCounts.MANY).containsEntry("b", 1);
    }

    @Test
    void readsInDifferentAlternativesDoNotAddUp() {
        assertThat(readsOfF("main = \\ -> Nil;", "f = \\a b -> case b of { A -> P a; B -> Q a }"))
                .containsEntry("a", 1).containsEntry("b", 1);
    }

    @Test
    void theScrutineeAndAnAlternativeRunOneAfterTheOther() {
        assertThat(readsOfF("main = \\ -> Nil;", "f = \\a -> case a of { A -> P a; B -> Q }"))
                .containsEntry("a", ReadCounts.MANY);
    }

    @Test
    void passingAVariableOnToAChildIsOneReadAndTheChildsBodyIsNotThisBodys() {
        assertThat(readsOfF("main = \\ -> Nil;", "f = \\a -> let g = \\(a) x -> P a a x in g"))
                .containsEntry("a", 1);
        assertThat(readsOfF("main = \\ -> Nil;", "f = \\a -> let g = \\(a) x -> P a x; h = \\(a) y -> Q a y in T g h"))
                .containsEntry("a", ReadCounts.MANY);
    }

    @Test
    void aRecursiveJoinPointsReadsCountAsMany() {
        assertThat(readsOfF("main = \\ -> Nil;",
                "f = \\a n -> join j = \\(a) x -> P a x in case n of { A -> j n; B -> Q }"))
                .containsEntry("a", 1);
        assertThat(readsOfF("main = \\ -> Nil;",
                "f = \\a n -> joinrec j = \\(a j) x -> case x of { A -> P a; B -> j a } in j n"))
                .containsEntry("a", ReadCounts.MANY);
    }

    /**
     * g reads one twice on the path taken and two only on the other: lazy loads one twice, eager
     * loads both once, auto loads one once and leaves two in the closure.
     */
    @Test
    void autoLoadsOnEntryOnlyWhatIsReadMoreThanOnce() {
        CheckedProgram program = load(
                "main = \\ -> let one = \\ -> Int# 1# in let two = \\ -> Int# 2# in",
                "  let g = \\(one two) z -> case z of { Int# n -> case n of { 1# -> P one one; default -> Q two } }",
                "  in g one;");
        Map<AccessStrategy, Long> loads = new java.util.EnumMap<>(AccessStrategy.class);
        for (AccessStrategy access : AccessStrategy.values()) {
            ProgramRunner.Outcome outcome = ProgramRunner.runMain(program,
                    ProgramRunner.Settings.defaults().withAccess(access));
            assertThat(outcome.output()).isEqualTo("P (Int# 1#) (Int# 1#)");
            loads.put(access, outcome.stats().fvLoads);
        }
        assertThat(loads).containsExactlyInAnyOrderEntriesOf(Map.of(
                AccessStrategy.LAZY, 2L, AccessStrategy.EAGER, 2L, AccessStrategy.AUTO, 1L));
    }

    @Test
    void strategiesAreSpelledAsOnTheCommandLine() {
        assertThat(List.of(AccessStrategy.values()).stream().map(AccessStrategy::cliName))
                .containsExactly("lazy", "eager", "auto");
        assertThat(AccessStrategy.parse("--access", "auto")).isEqualTo(AccessStrategy.AUTO);
        assertThatThrownBy(() -> AccessStrategy.parse("--access", "LAZY"))
                .hasMessage("--access must be one of lazy, eager, auto, not 'LAZY'");
    }
}
