package dev.stg.core.analysis;

import org.junit.jupiter.api.Test;

import static dev.stg.core.analysis.ScopeCheckerTest.errors;
import static org.assertj.core.api.Assertions.assertThat;

/** Nested entries {@code p{a b}}: what a closure may reach through another. */
class NestedEntryTest {

    @Test
    void aChainReachesThroughTheRunningClosureAndItsOwnNestedEntries() {
        // f4 points to f3 (the closure running where f4 is built); through f3 it reaches f3's
        // entries f2{i0} and i1, and through f2 only i0, as f3's entry for f2 lists.
        assertThat(errors(
                "main = \\ -> let i0 = \\ -> Nil in",
                "  let f2 = \\(i0) i1 -> let f3 = \\(f2{i0} i1) i2 ->",
                "      let f4 = \\(f3{f2{i0} i1} i2) i3 -> Q i0 i1 i2 i3",
                "      in f4",
                "    in f3",
                "  in f2")).isEmpty();
    }

    @Test
    void theRunningClosureIsAValidHeadEvenInANonRecursiveLet() {
        assertThat(errors(
                "main = \\ -> let a = \\ -> Nil in",
                "  let f = \\(a) x -> let g = \\(f{a} x) -> Pair a x in g in f")).isEmpty();
    }

    @Test
    void aLetBoundClosureInScopeIsAValidHead() {
        assertThat(errors(
                "main = \\ -> let a = \\ -> Nil in",
                "  let p = \\(a) -> a in",
                "  let q = \\(p{a}) -> a in q")).isEmpty();
    }

    @Test
    void aClosureReachedThroughANestedEntryIsAValidHead() {
        // f2 is available in f4's body through f3, so f5 may point to it.
        assertThat(errors(
                "main = \\ -> let i0 = \\ -> Nil in",
                "  let f2 = \\(i0) i1 -> let f3 = \\(f2{i0}) i2 ->",
                "      let f4 = \\(f3{f2{i0}}) i3 -> let f5 = \\(f2{i0}) -> i0 in f5",
                "      in f4",
                "    in f3",
                "  in f2")).isEmpty();
    }

    @Test
    void aParameterIsNotAClosureWithKnownFreeVariables() {
        assertThat(errors("main = \\ -> let a = \\ -> Nil in let f = \\(a) x -> let g = \\(x{a}) -> a in g in f"))
                .isEqualTo("""
                        t.stg:1:61: error: nested entry 'x{a}' in the free-variable list of 'g': 'x' is not a closure whose free variables are statically known
                         1 | main = \\ -> let a = \\ -> Nil in let f = \\(a) x -> let g = \\(x{a}) -> a in g in f
                           |                                                             ^^^^
                          expected: a let- or letrec-bound closure, the closure being defined, or one reached through a nested entry
                        """);
    }

    @Test
    void aHeadMustBeInScope() {
        assertThat(errors("main = \\ -> let g = \\(nowhere{}) -> Nil in g")).isEqualTo("""
                t.stg:1:23: error: free-variable list of 'g' names 'nowhere', which is not in scope
                 1 | main = \\ -> let g = \\(nowhere{}) -> Nil in g
                   |                       ^^^^^^^^^
                  expected: remove 'nowhere' from the free-variable list of 'g': \\()
                """);
    }

    @Test
    void aNameThePointedToClosureDoesNotHoldIsUnreachable() {
        assertThat(errors(
                "main = \\ -> let a = \\ -> Nil in let b = \\ -> Nil in",
                "  let p = \\(a) -> a in let q = \\(p{b}) -> b in q"))
                .isEqualTo("""
                        t.stg:2:36: error: nested entry 'p{b}' in the free-variable list of 'q' reaches 'b', but 'p' does not hold it
                         2 |   let p = \\(a) -> a in let q = \\(p{b}) -> b in q
                           |                                    ^
                          expected: one of what 'p' holds: a
                        """);
    }

    @Test
    void throughAnEnclosingNestedEntryOnlyWhatItListsIsReachable() {
        // p holds a and b, but inside f, p was reached as p{a}: only a is there.
        assertThat(errors(
                "main = \\ -> let a = \\ -> Nil in let b = \\ -> Nil in",
                "  let p = \\(a b) -> Q a b in",
                "  let f = \\(p{a}) -> let g = \\(p{b}) -> Pair a b in g in f"))
                .contains("t.stg:3:34: error: nested entry 'p{b}' in the free-variable list of 'g' reaches 'b', "
                        + "but 'p' does not hold it", "expected: one of what 'p' holds: a");
    }

    @Test
    void innerEntriesAreCheckedAgainstTheInnerClosure() {
        assertThat(errors(
                "main = \\ -> let i0 = \\ -> Nil; i9 = \\ -> Nil in",
                "  let f2 = \\(i0) i1 -> let f3 = \\(f2{i0} i1) i2 ->",
                "      let f4 = \\(f3{f2{i9} i1}) -> Q i9 i1",
                "      in f4",
                "    in f3",
                "  in f2"))
                .contains("nested entry 'f2{i9}' in the free-variable list of 'f4' reaches 'i9', but 'f2' does not hold it",
                        "expected: one of what 'f2' holds: i0");
    }

    @Test
    void entriesReachedByANestedClosureCountAsUsed() {
        // f3 uses neither f2 nor i1 in its own code; f4 reaches both through f3.
        assertThat(errors(
                "main = \\ -> let i0 = \\ -> Nil in",
                "  let f2 = \\(i0) i1 -> let f3 = \\(f2{i0} i1) -> let f4 = \\(f3{f2{i0} i1}) -> Q i0 i1 in f4",
                "    in f3",
                "  in f2")).isEmpty();
    }

    @Test
    void aNestedEntryThatReachesNothingUsedIsUnused() {
        assertThat(errors(
                "main = \\ -> let a = \\ -> Nil in let p = \\(a) -> a in let q = \\(p{a}) -> Nil in q"))
                .contains("closure 'q' lists 'p' as a free variable but does not use it");
    }

    /** Issue 10, section 2: flat printed Int# 1# while the nested modes printed Int# 2#. */
    @Test
    void aReachedNameMustBeTheBinderItMeansWhereTheClosureIsBuiltShadowedByALet() {
        assertThat(errors(
                "main = \\ => let a = \\ -> Int# 1# in let p = \\(a) x -> a in",
                "            let a = \\ -> Int# 2# in let c = \\(p{a}) -> a in c"))
                .isEqualTo("""
                        t.stg:2:49: error: nested entry 'p{a}' in the free-variable list of 'c' reaches 'a' through 'p', which holds the 'a' bound at t.stg:1:17, but where 'c' is built 'a' means the 'a' bound at t.stg:2:17
                         2 |             let a = \\ -> Int# 2# in let c = \\(p{a}) -> a in c
                           |                                                 ^
                          expected: list 'a' plainly, or reach it through a closure that holds the 'a' in scope
                        """);
    }

    @Test
    void aReachedNameMustBeTheBinderItMeansWhereTheClosureIsBuiltShadowedByACaseBinder() {
        assertThat(errors(
                "main = \\ => let a = \\ -> Int# 1# in let p = \\(a) x -> a in",
                "            case p a of { a -> let c = \\(p{a}) -> a in c }"))
                .isEqualTo("""
                        t.stg:2:44: error: nested entry 'p{a}' in the free-variable list of 'c' reaches 'a' through 'p', which holds the 'a' bound at t.stg:1:17, but where 'c' is built 'a' means the 'a' bound at t.stg:2:27
                         2 |             case p a of { a -> let c = \\(p{a}) -> a in c }
                           |                                            ^
                          expected: list 'a' plainly, or reach it through a closure that holds the 'a' in scope
                        """);
    }

    @Test
    void aReachedNameMustBeTheBinderItMeansWhereTheClosureIsBuiltThroughAThunkParent() {
        assertThat(errors(
                "main = \\ => let a = \\ -> Int# 1# in let p = \\(a) => a in",
                "            let a = \\ -> Int# 2# in let c = \\(p{a}) -> a in c"))
                .isEqualTo("""
                        t.stg:2:49: error: nested entry 'p{a}' in the free-variable list of 'c' reaches 'a' through 'p', which holds the 'a' bound at t.stg:1:17, but where 'c' is built 'a' means the 'a' bound at t.stg:2:17
                         2 |             let a = \\ -> Int# 2# in let c = \\(p{a}) -> a in c
                           |                                                 ^
                          expected: list 'a' plainly, or reach it through a closure that holds the 'a' in scope
                        """);
    }

    @Test
    void anInnerHeadReachedThroughAParentMustAlsoBeTheBinderItsNameMeans() {
        assertThat(errors(
                "main = \\ => let a = \\ -> Int# 1# in let p = \\(a) x -> a in let q = \\(p{a}) y -> a in",
                "            let p = \\ -> Nil in let c = \\(q{p{a}}) -> a in c"))
                .contains("t.stg:2:45: error: nested entry 'q{p{a}}' in the free-variable list of 'c' reaches 'p' "
                        + "through 'q', which holds the 'p' bound at t.stg:1:41, but where 'c' is built 'p' means "
                        + "the 'p' bound at t.stg:2:17");
    }

    @Test
    void aHeadNamingTheRunningClosureThatHoldsAnotherOfTheSameNameIsAmbiguous() {
        assertThat(errors(
                "main = \\ => let a = \\ -> Int# 1# in let h = \\(a) x -> a in",
                "            let h = \\(h{a}) y -> let k = \\(h{a}) -> a in k in h a"))
                .isEqualTo("""
                        t.stg:2:44: error: nested entry 'h{a}' in the free-variable list of 'k' is ambiguous: 'h' names the running closure 'h' bound at t.stg:2:17, which also holds the 'h' bound at t.stg:1:41
                         2 |             let h = \\(h{a}) y -> let k = \\(h{a}) -> a in k in h a
                           |                                            ^^^^
                          expected: rename one of the two 'h'
                        """);
    }

    @Test
    void aLetrecClosureHoldingItselfIsNotAmbiguousAsAHead() {
        assertThat(errors(
                "main = \\ => let a = \\ -> Int# 1# in",
                "            letrec f = \\(a f) x -> case f a of { r -> let g = \\(f{a}) -> f a in g } in f a")).isEmpty();
    }
}
