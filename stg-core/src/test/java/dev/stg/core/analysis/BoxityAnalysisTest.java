package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.ExprSearch;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Rep;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Boxity inference: which binders, fields and results hold Int#. */
class BoxityAnalysisTest {

    private record Analysed(Program program, Boxity boxity, String errors) {

        boolean isInt(String binderName) {
            List<Binder> found = binders(binderName);
            assertThat(found).as("binders named " + binderName).hasSize(1);
            return boxity.isInt(found.get(0));
        }

        LambdaForm lambda(String bindingName) {
            return bindings().stream().filter(b -> b.name().equals(bindingName)).findFirst().orElseThrow().lambda();
        }

        private List<Binder> binders(String name) {
            return everything().binders.stream().filter(b -> b.name().equals(name)).toList();
        }

        private List<Binding> bindings() {
            return everything().bindings;
        }

        private Everything everything() {
            Everything all = new Everything();
            for (Binding b : program.bindings()) {
                all.binders.add(b.binder());
                all.closure(b);
            }
            return all;
        }
    }

    /** Every binding below the globals (closures and join points) and every binder a body brings into scope. */
    private static final class Everything extends ExprSearch {
        final List<Binding> bindings = new ArrayList<>();
        final List<Binder> binders = new ArrayList<>();

        @Override
        protected boolean closure(Binding closure) {
            bindings.add(closure);
            return !bound(closure.lambda().params()) && finds(closure.lambda().body());
        }

        @Override
        protected boolean joinPoint(Binding joinPoint) {
            return closure(joinPoint);
        }

        @Override
        protected boolean bound(List<Binder> scoped) {
            binders.addAll(scoped);
            return false;
        }
    }

    private static Analysed analyse(String... lines) {
        Diagnostics diags = new Diagnostics();
        Program program = Sources.parse(diags, lines);
        Boxity boxity = BoxityAnalysis.analyze(program, diags);
        return new Analysed(program, boxity, diags.render());
    }

    @Test
    void declaredFieldRepsSeedTheAnalysis() {
        Analysed a = analyse("data Char = C# Char#;", "data Pair = P * Double#;",
                "main = \\ -> let p = \\ -> P main 1.5## in case p of { P x d -> case x of { C# c -> c } }");
        assertThat(a.errors()).isEmpty();
        assertThat(a.boxity().fieldReps("C#")).containsExactly(Rep.CHAR);
        assertThat(a.boxity().fieldReps("P")).containsExactly(Rep.POINTER, Rep.DOUBLE);
        assertThat(a.boxity().rep(a.binders("c").get(0))).isEqualTo(Rep.CHAR);
    }

    @Test
    void aUseAgainstTheDeclaredRepIsAConflictNamingTheDeclaration() {
        Analysed a = analyse("data T = A | B Int#;", "f = \\x -> B x;", "main = \\ -> let y = \\ -> A in f y");
        assertThat(a.errors()).contains("'x' is both Int# (field 1 of constructor 'B' as declared at t.stg:1:14)"
                + " and a pointer (let-bound closure 'y' at t.stg:3:17)");
    }

    @Test
    void literalPatternsAndPrimopOperandsMakeInts() {
        Analysed a = analyse("main = \\ -> let f = \\ x y -> case x of { 0# -> y; n -> +# n 1# } in f 3# 4#");
        assertThat(a.errors()).isEmpty();
        assertThat(a.isInt("x")).isTrue();
        assertThat(a.isInt("n")).isTrue();
        assertThat(a.isInt("y")).as("unified with the other alternative's primop result").isTrue();
        assertThat(a.boxity().resultIsInt(a.lambda("f"))).isTrue();
        assertThat(a.boxity().resultIsInt(a.lambda("main"))).isTrue();
        assertThat(a.isInt("f")).as("a closure value is a pointer").isFalse();
    }

    @Test
    void callsToKnownFunctionsUnifyArgumentsWithParameters() {
        Analysed a = analyse(
                "id = \\ v -> v;",
                "twice = \\ g w -> g w;",
                "keep = \\ u -> u;",
                "main = \\ -> let k = \\ -> Nil in case id 5# of { r -> twice keep k }");
        assertThat(a.errors()).isEmpty();
        assertThat(a.isInt("v")).as("id is called with a literal").isTrue();
        assertThat(a.isInt("r")).as("the case binder gets id's result").isTrue();
        assertThat(a.isInt("w")).as("passed a closure").isFalse();
        assertThat(a.isInt("g")).as("applied to arguments").isFalse();
    }

    @Test
    void constructorFieldsUnifyAcrossTheProgram() {
        Analysed a = analyse(
                "mk = \\ n -> let nil = \\ -> Nil in Cons n nil;",
                "main = \\ -> case mk 1# of { Cons h t -> h }");
        assertThat(a.errors()).isEmpty();
        assertThat(a.boxity().intFields("Cons")).containsExactly(true, false);
        assertThat(a.boxity().arity("Cons")).isEqualTo(2);
        assertThat(a.boxity().constructors()).containsExactly("Nil", "Cons");
        assertThat(a.isInt("n")).isTrue();
        assertThat(a.isInt("h")).isTrue();
        assertThat(a.isInt("t")).isFalse();
    }

    @Test
    void unconstrainedDefaultsToPointer() {
        Analysed a = analyse("main = \\ -> let f = \\ x -> x in f");
        assertThat(a.isInt("x")).isFalse();
        assertThat(a.boxity().resultIsInt(a.lambda("f"))).isFalse();
    }

    @Test
    void aFreeVariableIsItsBinder() {
        Analysed a = analyse("main = \\ -> case +# 1# 2# of { s -> let t = \\(s) -> I s in t }");
        assertThat(a.isInt("s")).isTrue();
        assertThat(a.boxity().intFields("I")).containsExactly(true);
    }

    @Test
    void aConflictingVariableIsAnErrorNamingBothPlaces() {
        assertThat(analyse(
                "main = \\ -> let n = \\ -> Nil in",
                "  let f = \\(n) x -> case x of { 1# -> n; default -> n } in f n").errors())
                .isEqualTo("""
                        t.stg:2:62: error: 'x' is both Int# (literal pattern at t.stg:2:33) and a pointer (let-bound closure 'n' at t.stg:1:17)
                         2 |   let f = \\(n) x -> case x of { 1# -> n; default -> n } in f n
                           |                                                              ^
                          expected: one boxity for 'x': always Int#, or always a pointer
                        """);
    }

    @Test
    void aConflictingFieldIsAnErrorNamingTheField() {
        assertThat(analyse(
                "main = \\ -> let n = \\ -> Nil in",
                "  let a = \\(n) -> Cons 1# n in case a of { Cons x xs -> Cons xs x }").errors())
                .isEqualTo("""
                        t.stg:2:62: error: field 1 of constructor 'Cons' is both Int# (literal at t.stg:2:24) and a pointer (let-bound closure 'n' at t.stg:1:17)
                         2 |   let a = \\(n) -> Cons 1# n in case a of { Cons x xs -> Cons xs x }
                           |                                                              ^^
                          expected: one boxity for field 1 of constructor 'Cons': always Int#, or always a pointer
                        """);
    }

    @Test
    void aCharWhereAnIntIsExpectedNamesBothPlaces() {
        assertThat(analyse("main = \\ -> case ord# 'a'# of { c -> +# c 'b'# }").errors()).isEqualTo("""
                t.stg:1:43: error: a value is both Char# (literal at t.stg:1:43) and Int# (operand 2 of primop '+#' at t.stg:1:43)
                 1 | main = \\ -> case ord# 'a'# of { c -> +# c 'b'# }
                   |                                           ^^^^
                  expected: one boxity for a value: always Char#, or always Int#
                """);
    }

    @Test
    void primopSignaturesGiveTheirOperandsAndResultsTheirReps() {
        assertThat(analyse("main = \\ -> case +## 1.5## 2.0## of { d -> case double2Int# d of { n -> +# n 1# } }")
                .errors()).isEmpty();
        assertThat(analyse("main = \\ -> case plusWord# 1## 2# of { w -> w }").errors())
                .contains("is both Int# (literal at t.stg:1:32) and Word# (operand 2 of primop 'plusWord#'");
    }

    @Test
    void anUpdatableThunkMustGiveAPointer() {
        assertThat(analyse("main = \\ -> let t = \\ => 1# in t").errors()).isEqualTo("""
                t.stg:1:21: error: the result of 't' is both Int# (literal at t.stg:1:26) and a pointer (the value of updatable thunk 't' at t.stg:1:21)
                 1 | main = \\ -> let t = \\ => 1# in t
                   |                     ^^^^^^^
                  expected: one boxity for the result of 't': always Int#, or always a pointer
                """);
    }

    @Test
    void aNonUpdatableClosureMayGiveAnInt() {
        Analysed a = analyse("main = \\ -> let k = \\ -> 42# in case k of { r -> +# r 1# }");
        assertThat(a.errors()).isEmpty();
        assertThat(a.boxity().resultIsInt(a.lambda("k"))).isTrue();
    }

    @Test
    void binderIdentityNotNameDecides() {
        Analysed a = analyse(
                "main = \\ -> let f = \\ x -> +# x 1#;",
                "                 g = \\ x -> x in g f");
        List<Binder> xs = a.binders("x");
        assertThat(xs).hasSize(2).allMatch(b -> b.name().equals("x"));
        assertThat(a.boxity().isInt(xs.get(0))).isTrue();
        assertThat(a.boxity().isInt(xs.get(1))).isFalse();
    }

    @Test
    void unboxedTuplesHaveComponentsPerUseNotPerName() {
        Analysed a = analyse(
                "f = \\x -> (#,#) 1# x;",
                "g = \\y -> (#,#) y y;",
                "main = \\ -> let n = \\ -> Nil in case f n of { (#,#) i p -> case g p of { (#,#) q r -> +# i 1# } }");
        assertThat(a.errors()).isEmpty();
        assertThat(a.isInt("i")).isTrue();
        assertThat(a.isInt("p")).isFalse();
        assertThat(a.isInt("q")).as("g's tuple has pointers where f's has an Int#").isFalse();
        assertThat(a.isInt("x")).isFalse();
    }

    @Test
    void aPrimopWithTwoResultsGivesATupleOfInts() {
        Analysed a = analyse("main = \\ -> case quotRemInt# 7# 2# of { (#,#) q r -> +# q r }");
        assertThat(a.errors()).isEmpty();
        assertThat(a.isInt("q")).isTrue();
        assertThat(a.isInt("r")).isTrue();
    }

    @Test
    void aJumpUnifiesArgumentsWithTheJoinPointsParameters() {
        Analysed a = analyse("main = \\ -> join j = \\ v -> v in case 1# of { w -> j w }");
        assertThat(a.errors()).isEmpty();
        assertThat(a.isInt("v")).isTrue();
        assertThat(a.boxity().resultIsInt(a.lambda("main"))).isTrue();
    }

    /** GHC's patError, error and absentErr are levity-polymorphic: -O0 code calls one where a Word# is due and where a pointer is. */
    @Test
    void aGlobalThatNeverReturnsGivesEachCallAResultOfItsOwn() {
        Analysed a = analyse(
                "patError = \\s -> let m = \\(s) => Nil in raise# m;",
                "f = \\x -> case x of { 0# -> 1##; default -> patError \"f\"# };",
                "g = \\x -> case x of { 0# -> Nil; default -> patError \"g\"# };",
                "main = \\ -> case f 0# of { w -> g 0# }");
        assertThat(a.errors()).isEmpty();
        assertThat(a.boxity().resultRep(a.lambda("f"))).isEqualTo(Rep.WORD);
        assertThat(a.boxity().resultRep(a.lambda("g"))).isEqualTo(Rep.POINTER);
    }

    @Test
    void neverReturningIsFollowedThroughCallsAndJoinPoints() {
        assertThat(analyse(
                "raiseIt = \\s -> raise# s;",
                "errorMsg = \\s -> let m = \\(s) => Nil in raiseIt m;",
                "patError = \\s -> join fail = \\v -> errorMsg s in case s of { t -> fail 0# };",
                "f = \\x -> join j = \\v -> patError \"f\"# in case x of { 0# -> 1##; default -> j 0# };",
                "g = \\x -> case x of { 0# -> Nil; default -> patError \"g\"# };",
                "main = \\ -> case f 0# of { w -> g 0# }").errors()).isEmpty();
    }

    @Test
    void aFunctionThatMayReturnKeepsOneResultForAllCalls() {
        assertThat(analyse(
                "loop = \\s -> case s of { 0# -> loop s; default -> Nil };",
                "f = \\x -> case x of { 0# -> 1##; default -> loop 1# };",
                "main = \\ -> f 0#").errors())
                .contains("error: the result of 'loop' is both Word#")
                .contains("expected: one boxity for the result of 'loop'");
    }

    @Test
    void aTuplePassedAsAnArgumentIsAnError() {
        assertThat(analyse("main = \\ -> case (#,#) 1# 2# of { t -> id t };", "id = \\v -> v").errors()).isEqualTo("""
                t.stg:1:35: error: variable 't' would hold an unboxed tuple of 2 (unboxed tuple '(#,#)' at t.stg:1:18), but an unboxed tuple lives only in the return registers
                 1 | main = \\ -> case (#,#) 1# 2# of { t -> id t };
                   |                                   ^
                  expected: a variable that is never passed, captured or bound to an unboxed tuple; take the tuple apart with a pattern such as '(#,#) a b ->' in the case it returns to
                """);
    }

    @Test
    void aTupleInAClosuresFieldIsAnError() {
        assertThat(analyse("main = \\ -> case quotRemInt# 7# 2# of { t -> let c = \\(t) -> Box t in c }").errors())
                .isEqualTo("""
                t.stg:1:41: error: variable 't' would hold an unboxed tuple of 2 (result of primop 'quotRemInt#' at t.stg:1:18), but an unboxed tuple lives only in the return registers
                 1 | main = \\ -> case quotRemInt# 7# 2# of { t -> let c = \\(t) -> Box t in c }
                   |                                         ^
                  expected: a variable that is never passed, captured or bound to an unboxed tuple; take the tuple apart with a pattern such as '(#,#) a b ->' in the case it returns to
                """);
    }

    @Test
    void aThunksValueIsNeverATuple() {
        assertThat(analyse("main = \\ -> let t = \\ => Solo# 1# in t").errors()).isEqualTo("""
                t.stg:1:21: error: the result of 't' is both an unboxed tuple of 1 (unboxed tuple 'Solo#' at t.stg:1:26) and a pointer (the value of updatable thunk 't' at t.stg:1:21)
                 1 | main = \\ -> let t = \\ => Solo# 1# in t
                   |                     ^^^^^^^^^^^^^
                  expected: one boxity for the result of 't': always an unboxed tuple of 1, or always a pointer
                """);
    }

    @Test
    void tuplesOfDifferentSizesDoNotUnify() {
        assertThat(analyse("f = \\x -> case x of { 0# -> (#,#) 1# 2#; default -> (#,,#) 1# 2# 3# };",
                "main = \\ -> case f 1# of { (#,#) a b -> a }").errors())
                .startsWith("t.stg:1:53: error: a value is both an unboxed tuple of 2 (unboxed tuple '(#,#)' at t.stg:1:29)"
                        + " and an unboxed tuple of 3 (unboxed tuple '(#,,#)' at t.stg:1:53)");
    }

    @Test
    void aTupleHasAtMost64Components() {
        String big = "(#" + ",".repeat(64) + "#)";
        String args = " 1#".repeat(65);
        assertThat(analyse("main = \\ -> " + big + args).errors())
                .startsWith("t.stg:1:13: error: unboxed tuple of 65 components")
                .contains("expected: at most 64 components");
    }

    // Issue 10, section 3: a known closure passed to a known function and called there unknown.

    @Test
    void aBoxPassedToAFunctionOfAnIntThroughAnUnknownCallIsAStaticError() {
        assertThat(analyse("apply = \\f x -> f x;  sq = \\x -> case *# x x of { r -> Int# r };  three = \\ -> Int# 3#;",
                "main = \\ => apply sq three;").errors()).isEqualTo("""
                t.stg:1:17: error: this call of 'f' passes argument 1 as a pointer (a global closure 'three' at t.stg:1:67), but 'f' can be 'sq' (passed at t.stg:2:19), which takes it as Int# (operand 1 of primop '*#' at t.stg:1:42)
                 1 | apply = \\f x -> f x;  sq = \\x -> case *# x x of { r -> Int# r };  three = \\ -> Int# 3#;
                   |                 ^^^
                  expected: an Int# as argument 1, as 'sq' takes it, or a function that takes a pointer there
                """);
    }

    @Test
    void anIntPassedToAFunctionTakingABoxApartIsAStaticError() {
        assertThat(analyse("apply = \\f x -> f x;", "unbox = \\x -> case x of { Int# a -> Int# a };",
                "main = \\ => apply unbox 3#;").errors()).isEqualTo("""
                t.stg:1:17: error: this call of 'f' passes argument 1 as Int# (literal at t.stg:3:25), but 'f' can be 'unbox' (passed at t.stg:3:19), which takes it as a pointer (constructor pattern at t.stg:2:27)
                 1 | apply = \\f x -> f x;
                   |                 ^^^
                  expected: a pointer as argument 1, as 'unbox' takes it, or a function that takes an Int# there
                """);
    }

    @Test
    void anIntReturnedThroughAnUnknownCallToACaseTakingABoxApartIsAStaticError() {
        assertThat(analyse("apply = \\f x -> f x;", "int = \\x -> case x of { Int# a -> a };",
                "three = \\ -> Int# 3#;", "main = \\ => case apply int three of { Int# a -> Int# a };").errors())
                .isEqualTo("""
                t.stg:1:17: error: this call of 'f' must give a pointer (constructor pattern at t.stg:4:39), but 'f' can be 'int' (passed at t.stg:4:24), which gives Int# (literal at t.stg:3:19)
                 1 | apply = \\f x -> f x;
                   |                 ^^^
                  expected: a function that gives a pointer here, as the call's use needs
                """);
    }

    @Test
    void aClosurePassedOnThroughAnotherParameterIsFollowed() {
        assertThat(analyse("apply = \\f x -> f x;", "twice = \\g y -> apply g y;",
                "sq = \\x -> case *# x x of { r -> Int# r };", "three = \\ -> Int# 3#;",
                "main = \\ => twice sq three;").errors())
                .startsWith("t.stg:1:17: error: this call of 'f' passes argument 1 as a pointer")
                .contains("'f' can be 'sq' (passed at t.stg:5:19)");
    }

    @Test
    void whatTheAnalysisCannotSeeIsLeftToTheRuntimeCheck() {
        assertThat(analyse("apply = \\f x -> f x;", "sq = \\x -> case *# x x of { r -> Int# r };",
                "three = \\ -> Int# 3#;", "main = \\ => case Box sq of { Box g -> apply g three };").errors())
                .as("out of a constructor").isEmpty();
        assertThat(analyse("apply = \\f x -> f x;", "int = \\x -> case x of { Int# a -> a };",
                "three = \\ -> Int# 3#;", "main = \\ -> apply int three;").errors())
                .as("a result nothing constrains: the machine returns the Int# and prints it").isEmpty();
    }
}
