package dev.stg.interp.samples;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.machine.BriefTrace;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jumps to join points and unboxed tuples allocate nothing: a sample's allocWords is exactly
 * what its lets and boxed constructors allocate (counted by hand in the comments), in every
 * closure mode; and a join point costs what the same program with its body copied into each
 * jump costs.
 */
class JoinAndTupleAllocationTest {

    private static ProgramRunner.Outcome run(CheckedProgram flat, List<SourceFile> sources, ClosureMode mode,
                                             MachineOptions machine) {
        CheckedProgram program = Nesting.rewrite(flat, NestingOptions.of(mode), sources, Frontend.Main.REQUIRED);
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(program, ProgramRunner.Settings.defaults().withMachine(machine));
        assertThat(outcome.fault()).isNull();
        return outcome;
    }

    private static ProgramRunner.Outcome runSample(String name, ClosureMode mode) {
        Sample sample = Sample.named(name);
        ProgramRunner.Outcome outcome = run(sample.load(), sample.sources(), mode, MachineOptions.defaults());
        assertThat(outcome.output()).isEqualTo(sample.expectedOutput().orElseThrow());
        return outcome;
    }

    private static ProgramRunner.Outcome runText(String text, ClosureMode mode) {
        List<SourceFile> sources = List.of(new SourceFile("t.stg", text));
        return run(Frontend.load(sources, Optional.empty()), sources, mode, MachineOptions.defaults());
    }

    @ParameterizedTest(name = "{0}: {1} words")
    @CsvSource({
            // loops over Int#s through jumps: nothing
            "join/collatz.stg, 0",
            "join/even_odd.stg, 0",
            "join/swap.stg, 0",
            // seven (thunk, no fields) 2 + Nil 1 + Cons 3 + box (thunk, 1 field) 3 + I 7# 2 + I 5# 2 + P 3
            "join/captured.stg, 16",
            "unboxed/two_ints.stg, 0",
            "unboxed/quot_rem.stg, 0",
            // I 1# 2 + Nil 1 + two (thunk) 2 + I 2# 2 + two Cons 3 + 3
            "unboxed/mixed.stg, 13",
            // t (thunk) 2 + I 42# 2: seq#, Solo# and (##) nothing
            "unboxed/solo.stg, 4",
            // l (thunk) 2 + Nil 1 + 100 x (Cons 3 + rest thunk with 2 fields 4)
            "unboxed/seq.stg, 703",
    })
    void tuplesAndJumpsAddNoAllocation(String sample, long words) {
        for (ClosureMode mode : ClosureMode.values()) {
            assertThat(runSample(sample, mode).stats().allocWords).as("%s in %s", sample, mode).isEqualTo(words);
        }
    }

    @ParameterizedTest
    @EnumSource(ClosureMode.class)
    void aJoinPointCostsWhatItsBodyCopiedIntoEachJumpCosts(ClosureMode mode) {
        String withJoin = """
                mk = \\a b -> let box = \\(a) => I a in
                    join done = \\(b box) r -> case box of { I x -> case +# x r of { s -> P s b } }
                    in case b of { Nil -> done 0#; Cons h t -> case h of { I v -> done v } };
                main = \\ => let seven = \\ => case +# 3# 4# of { s -> I s } in let nil = \\ -> Nil in
                    let list = \\(seven nil) -> Cons seven nil in mk 5# list;
                """;
        String copied = """
                mk = \\a b -> let box = \\(a) => I a in
                    case b of {
                        Nil -> case box of { I x -> case +# x 0# of { s -> P s b } };
                        Cons h t -> case h of { I v -> case box of { I x -> case +# x v of { s -> P s b } } }
                    };
                main = \\ => let seven = \\ => case +# 3# 4# of { s -> I s } in let nil = \\ -> Nil in
                    let list = \\(seven nil) -> Cons seven nil in mk 5# list;
                """;
        ProgramRunner.Outcome joined = runText(withJoin, mode);
        ProgramRunner.Outcome inlined = runText(copied, mode);
        assertThat(joined.output()).isEqualTo(inlined.output()).isEqualTo("P 12# (Cons (I 7#) Nil)");
        assertThat(joined.stats().allocWords).isEqualTo(inlined.stats().allocWords);
        assertThat(joined.stats().allocFrame).as("a jump pushes no frame").isEqualTo(inlined.stats().allocFrame);
    }

    @Test
    void aBoxedPairCostsWhatTheUnboxedTupleSaves() {
        String boxed = """
                minmax = \\a b -> case <# a b of { 1# -> P a b; default -> P b a };
                main = \\ -> case minmax 9# 4# of { P lo hi -> -# hi lo };
                """;
        String unboxed = boxed.replace("P ", "(#,#) ");
        assertThat(runText(unboxed, ClosureMode.FLAT).stats().allocWords).isZero();
        assertThat(runText(boxed, ClosureMode.FLAT).stats().allocWords).isEqualTo(3);
        assertThat(runText(unboxed, ClosureMode.FLAT).output()).isEqualTo("5#");
    }

    @Test
    void theTraceNamesJumpsAndTupleReturns() {
        StringBuilder trace = new StringBuilder();
        Sample sample = Sample.named("unboxed/seq.stg");
        MachineOptions tracing = MachineOptions.defaults().withTracer(new BriefTrace(line -> trace.append(line).append('\n')));
        run(sample.load(), sample.sources(), ClosureMode.FLAT, tracing);
        String text = trace.toString();
        assertThat(text).contains("JUMP", "RETURN_TUPLE");
        assertThat(text.lines().filter(l -> l.contains(" JUMP ")).count()).as("the first jump, then one per list element").isEqualTo(101);
    }

    @Test
    void aTupleOfTheWrongShapeReturnedThroughAnUnknownCallIsAFault() {
        List<SourceFile> sources = List.of(new SourceFile("t.stg", """
                apply = \\f x -> f x;
                three = \\x -> (#,,#) 1# 2# 3#;
                main = \\ -> case apply three 1# of { (#,#) a b -> +# a 1# };
                """));
        CheckedProgram program = Frontend.load(sources, Optional.empty());
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(program, ProgramRunner.Settings.defaults());
        assertThat(outcome.fault()).isNotNull();
        assertThat(outcome.fault().getMessage()).isEqualTo("the case at t.stg:3:13 expects an unboxed tuple (#,#) of"
                + " Int# pointer but an unboxed tuple (#,,#) was returned to it");
    }
}
