package dev.stg.core.nest;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.print.Printer;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.SpanEraser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.stg.core.nest.ClosureMode.FLAT;
import static dev.stg.core.nest.ClosureMode.NESTED;
import static dev.stg.core.nest.ClosureMode.NESTED_PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NestingTest {

    /**
     * Rewrites the program and prints its global {@code name}; the whole rewritten program must
     * pass the front end, and its printed text must load back as a hand-written program would.
     */
    private static String nest(NestingOptions options, String name, String... lines) {
        SourceFile source = new SourceFile("t.stg", String.join("\n", lines) + "\n");
        CheckedProgram nested;
        Program reloaded;
        try {
            CheckedProgram checked = Frontend.load(List.of(source), Optional.empty());
            nested = Nesting.rewrite(checked, options, List.of(source), Frontend.Main.REQUIRED);
            String printed = Printer.print(nested.program());
            reloaded = Frontend.load(List.of(new SourceFile("nested.stg", printed)), Optional.empty()).program();
        } catch (StaticErrorException e) {
            throw new AssertionError(e.render(), e);
        }
        assertThat(SpanEraser.erase(reloaded)).isEqualTo(SpanEraser.erase(nested.program()));
        return Printer.print(nested.program().global(name).orElseThrow()) + "\n";
    }

    private static NestingOptions nested(int threshold) {
        return NestingOptions.of(NESTED).withThreshold(threshold);
    }

    private static NestingOptions partial(int threshold) {
        return NestingOptions.of(NESTED_PARTIAL).withThreshold(threshold);
    }

    private static final String[] F5 = {
            "main = \\ -> Nil;",
            "l0 = \\i0 -> let l1 = \\(i0) i1 -> let l2 = \\(i0 i1) i2 -> let l3 = \\(i0 i1 i2) i3 ->",
            "  let l4 = \\(i0 i1 i2 i3) i4 -> T i0 i1 i2 i3 i4 in A l4 in A l3 in A l2 in A l1"};

    private static final String[] THRESHOLD = {
            "main = \\ -> Nil;",
            "k = \\a b c -> let f = \\(a b c) x -> let g = \\(a b c x) y -> T a b c x y in g in f"};
    private static final String[] THUNK = {
            "main = \\ -> Nil;",
            "k = \\a b c d -> let t = \\(a b c d) => let g = \\(a b c d) y -> T a b c d y in g in t"};
    private static final String[] PARTIAL = {
            "main = \\ -> Nil;",
            "k = \\a b c d -> let f = \\(a b c d) x -> case d of { D -> let g = \\(a b c x) y ->",
            "    let h = \\(a y) -> P a y in T b c x h in g } in f"};
    private static final String[] SHADOW = {
            "main = \\ -> Nil;",
            "k = \\a b c d -> let f = \\(a b c d) x -> case a of { a -> let g = \\(a b c d) y -> T a b c d y in g } in f"};
    private static final String[] CAPTURE = {
            "main = \\ -> Nil;",
            "f = \\y -> y;",
            "k = \\a b c -> let f = \\(a b c) x -> let g = \\(a b c) y -> case f y of { r -> T a b c r } in g in f"};
    private static final String[] LETREC = {
            "main = \\ -> Nil;",
            "k = \\a b c -> letrec f = \\(a b c f) x -> let g = \\(a b c f) y -> case f y of { r -> T a b c r } in g in f"};
    private static final String[] CONSTRUCTOR = {
            "main = \\ -> Nil;",
            "k = \\a b c d -> let f = \\(a b c d) x -> let t = \\(a b c d) -> T a b c d in t in f"};

    @Test
    void chainsFormThroughTheCurrentClosureAndTheAncestorsItReaches() {
        assertThat(nest(nested(1), "l0", F5)).isEqualTo("""
                l0 = \\i0 ->
                    let l1 = \\(i0) i1 ->
                            let l2 = \\(i0 i1) i2 ->
                                    let l3 = \\(l2{i0 i1} i2) i3 ->
                                            let l4 = \\(l3{i0 i1 i2} i3) i4 -> T i0 i1 i2 i3 i4
                                            in A l4
                                    in A l3
                            in A l2
                    in A l1
                """);
    }

    @Test
    void aParentIsStoredOnlyWhenItSavesAtLeastKWords() {
        assertThat(nest(nested(2), "k", THRESHOLD)).isEqualTo("""
                k = \\a b c -> let f = \\(a b c) x -> let g = \\(f{a b c} x) y -> T a b c x y in g in f
                """);
        assertThat(nest(nested(3), "k", THRESHOLD)).isEqualTo("""
                k = \\a b c -> let f = \\(a b c) x -> let g = \\(a b c x) y -> T a b c x y in g in f
                """);
    }

    @Test
    void theDefaultThresholdIsThreeWords() {
        assertThat(NestingOptions.of(NESTED).threshold()).isEqualTo(3);
        assertThat(nest(NestingOptions.of(NESTED), "k", THRESHOLD)).isEqualTo(nest(nested(3), "k", THRESHOLD));
    }

    @Test
    void anUpdatableThunkIsAParentOnlyWithThunkParents() {
        assertThat(nest(nested(2), "k", THUNK)).isEqualTo("""
                k = \\a b c d -> let t = \\(a b c d) => let g = \\(a b c d) y -> T a b c d y in g in t
                """);
        assertThat(nest(nested(2).withThunkParents(true), "k", THUNK)).isEqualTo("""
                k = \\a b c d ->
                    let t = \\(a b c d) => let g = \\(t{a b c d}) y -> T a b c d y in g in t
                """);
    }

    @Test
    void nestedPartialReachesWhatTheChildAndTheClosuresItBuildsRead() {
        String partial = """
                k = \\a b c d ->
                    let f = \\(a b c d) x ->
                            case d of {
                                D -> let g = \\(f{a b c} x) y -> let h = \\(a y) -> P a y in T b c x h
                                     in g
                            }
                    in f
                """;
        assertThat(nest(partial(2), "k", PARTIAL)).isEqualTo(partial);
        assertThat(nest(nested(2), "k", PARTIAL)).as("nested needs all of f's fields; g does not read d")
                .isEqualTo(partial.replace("f{a b c} x", "a b c x"));
    }

    @Test
    void aShadowingBinderIsRenamedApartAndNotReachedThroughTheParent() {
        assertThat(nest(partial(2), "k", SHADOW)).isEqualTo("""
                k = \\a b c d ->
                    let f = \\(a b c d) x ->
                            case a of { a_1 -> let g = \\(f{b c d} a_1) y -> T a_1 b c d y in g }
                    in f
                """);
        assertThat(nest(nested(2), "k", SHADOW)).contains("let g = \\(a_1 b c d) y");
    }

    @Test
    void aLocalNamedLikeAGlobalIsRenamedSoItsChildrenMayPointToIt() {
        assertThat(nest(partial(2), "k", CAPTURE)).isEqualTo("""
                k = \\a b c ->
                    let f_1 = \\(a b c) x ->
                            let g = \\(f_1{a b c}) y -> case f y of { r -> T a b c r } in g
                    in f_1
                """);
    }

    @Test
    void aLetrecClosureUsedByItsChildIsReachedAsTheHeadAndDropsItsSelfField() {
        assertThat(nest(nested(2), "k", LETREC)).isEqualTo("""
                k = \\a b c ->
                    letrec f = \\(a b c) x ->
                               let g = \\(f{a b c}) y -> case f y of { r -> T a b c r } in g
                    in f
                """);
    }

    @Test
    void constructorClosuresAreNeverChildren() {
        assertThat(nest(partial(0), "k", CONSTRUCTOR)).contains("let t = \\(a b c d) -> T a b c d");
    }

    @Test
    void flatModeReturnsTheProgramUnchanged() {
        SourceFile source = new SourceFile("t.stg", String.join("\n", F5));
        Program program = Frontend.load(List.of(source), Optional.empty()).program();
        assertThat(Nesting.rewrite(program, NestingOptions.of(FLAT))).isSameAs(program);
    }

    @Test
    void aHandNestedProgramIsFlattenedAndNestedAgain() {
        String[] handNested = {
                "main = \\ -> Nil;",
                "k = \\a b -> let f = \\(a b) x -> let g = \\(f{a}) y -> let h = \\(g{f{a}}) => P a in h in Q b g in f"};
        assertThat(nest(nested(0), "k", handNested)).isEqualTo("""
                k = \\a b ->
                    let f = \\(a b) x -> let g = \\(a) y -> let h = \\(g{a}) => P a in h in Q b g
                    in f
                """);
        assertThat(nest(partial(0), "k", handNested)).isEqualTo("""
                k = \\a b ->
                    let f = \\(a b) x -> let g = \\(f{a}) y -> let h = \\(g{a}) => P a in h in Q b g
                    in f
                """);
    }

    @Test
    void closureModesAreSpelledAsOnTheCommandLine() {
        assertThat(List.of(ClosureMode.values()).stream().map(ClosureMode::cliName))
                .containsExactly("flat", "nested", "nested-partial");
        assertThat(ClosureMode.parse("nested-partial")).isEqualTo(NESTED_PARTIAL);
        assertThatThrownBy(() -> ClosureMode.parse("deep")).hasMessage(
                "--closures must be one of flat, nested, nested-partial, not 'deep'");
        assertThatThrownBy(() -> nested(-1)).hasMessage("--nest-threshold must be 0 or more words, not -1");
    }
}
