package dev.stg.core.nest;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.ExprSearch;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.stg.core.nest.ClosureMode.NESTED;
import static dev.stg.core.nest.ClosureMode.NESTED_PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parent chooser's decisions, one program each: the free-variable list the closure
 * {@code q} gets, and the words its pointer saves (the variables q reaches through it, those its
 * parent reaches through its own parent included, minus the pointer's word).
 */
class ParentChoiceTest {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\{?|}");

    /**
     * q's free-variable list after nesting, written in full: every head on the way shown
     * ({@code p{gp{a b c d} e}}), which the printer's short form ({@code p{a b c d e}}) leaves out.
     */
    private static String listOfQ(NestingOptions options, String... lines) {
        SourceFile source = new SourceFile("t.stg", "main = \\ -> Nil;\n" + String.join("\n", lines) + "\n");
        CheckedProgram checked = Frontend.load(List.of(source), Optional.empty());
        List<FreeVarEntry> list = new ArrayList<>();
        boolean found = new ExprSearch() {
            @Override
            protected boolean closure(Binding closure) {
                if (!closure.name().equals("q")) return finds(closure.lambda().body());
                list.addAll(closure.lambda().freeVars());
                return true;
            }
        }.finds(Nesting.rewrite(checked, options, List.of(source), Frontend.Main.REQUIRED).program());
        assertThat(found).as("a closure q").isTrue();
        return full(list);
    }

    private static String full(List<FreeVarEntry> entries) {
        List<String> written = new ArrayList<>();
        for (FreeVarEntry entry : entries) {
            written.add(entry instanceof FreeVarEntry.Parent p ? p.name() + "{" + full(p.reached()) + "}" : entry.name());
        }
        return String.join(" ", written);
    }

    /** The words a printed list saves over the flat list of the variables it reaches. */
    private static int wordsSaved(String list) {
        int depth = 0;
        int stored = 0;
        int reached = 0;
        Matcher m = TOKEN.matcher(list);
        while (m.find()) {
            String token = m.group();
            if (token.equals("}")) {
                depth--;
                continue;
            }
            if (depth == 0) stored++;
            if (token.endsWith("{")) depth++;
            else reached++;
        }
        return reached - stored;
    }

    private static NestingOptions partial(int threshold) {
        return NestingOptions.of(NESTED_PARTIAL).withThreshold(threshold);
    }

    /** gp holds a b c d; p, built in gp's body, points to gp and copies gp's parameter e. */
    private static final String[] CHAIN = {
            "k = \\a b c d -> let gp = \\(a b c d) e ->",
            "    let p = \\(a b c d e) x -> let q = \\(a b c d e) y -> T a b c d e y in q in p in gp"};

    @Test
    void theChildPointsToItsParentBecauseWhatTheParentReachesThroughItsOwnParentCounts() {
        // Through p, q reaches a b c d (via p's pointer to gp) and e: five variables in one word,
        // four saved. Pointing to gp would save three; p's own plain fields alone (e) none.
        String list = listOfQ(partial(3), CHAIN);
        assertThat(list).isEqualTo("p{gp{a b c d} e}");
        assertThat(wordsSaved(list)).isEqualTo(4);
    }

    @Test
    void whenNoCandidateSavesKWordsTheChildStaysFlat() {
        // The best candidate, p, saves 4 words: K = 5 asks for more (and p itself, which would
        // save 3 through gp, stays flat too).
        assertThat(listOfQ(partial(5), CHAIN)).isEqualTo("a b c d e");
    }

    @Test
    void ofTwoCandidatesSavingTheSameTheNearestWins() {
        // q reads a b c d only: through p (p{gp{a b c d}}) or through gp directly, 3 words either
        // way; p is nearer.
        String list = listOfQ(partial(3),
                "k = \\a b c d -> let gp = \\(a b c d) e ->",
                "    let p = \\(a b c d e) x -> let q = \\(a b c d) y -> T a b c d y in P e q in p in gp");
        assertThat(list).isEqualTo("p{gp{a b c d}}");
        assertThat(wordsSaved(list)).isEqualTo(3);
    }

    @Test
    void nestedModePassesOverAParentTheChildNeedsInPartForAnAncestorItNeedsWholly() {
        // q does not read p's field e, so in nested mode p is not eligible; gp's four fields are
        // all read: q points to gp through the head p holds, saving 3 words.
        String[] program = {
                "k = \\a b c d -> let gp = \\(a b c d) e ->",
                "    let p = \\(a b c d e) x -> let q = \\(a b c d) y -> T a b c d y in P e q in p in gp"};
        String list = listOfQ(NestingOptions.of(NESTED).withThreshold(3), program);
        assertThat(list).isEqualTo("gp{a b c d}");
        assertThat(wordsSaved(list)).isEqualTo(3);
    }

    @Test
    void aThunkIsSkippedUnlessThunkParentsAreAllowed() {
        // p is an updatable thunk: without thunk parents q looks past it to gp (3 words); with
        // them p is eligible and saves 4.
        String[] program = {
                "k = \\a b c d -> let gp = \\(a b c d) e ->",
                "    let p = \\(a b c d e) => let q = \\(a b c d e) y -> T a b c d e y in q in p in gp"};
        assertThat(listOfQ(partial(3), program)).isEqualTo("gp{a b c d} e");
        assertThat(listOfQ(partial(3).withThunkParents(true), program)).isEqualTo("p{gp{a b c d} e}");
    }

    /** In k's body s is built first and holds a b c d; q, built later in the same body, reads them too. */
    private static final String[] SIBLING = {
            "k = \\a b c d e -> let s = \\(a b c d e) x -> P a b c d e x in",
            "    let q = \\(a b c d) y -> T a b c d y in R s q"};

    @Test
    void withSiblingsAChildPointsToAClosureBuiltEarlierInTheSameBody() {
        // k is a global and holds nothing; s, built before q, reaches a b c d: 3 words saved.
        // Only with --siblings; s's e is not read by q, so nested mode (which needs all of s)
        // leaves q flat.
        assertThat(listOfQ(partial(3), SIBLING)).isEqualTo("a b c d");
        String list = listOfQ(partial(3).withSiblings(true), SIBLING);
        assertThat(list).isEqualTo("s{a b c d}");
        assertThat(wordsSaved(list)).isEqualTo(3);
        assertThat(listOfQ(NestingOptions.of(NESTED).withThreshold(3).withSiblings(true), SIBLING)).isEqualTo("a b c d");
    }

    @Test
    void aSiblingWinsOverTheParentOnlyBySavingMore() {
        // p holds a b c d; its sibling s, built in p's body before q, reaches a b c d through p
        // and holds e. q reads a b c d e: the parent p saves 3 words, s saves 4, so q points to
        // s (and reaches p's variables through s's own pointer). When q reads only a b c d, both
        // save 3 and the parent wins the tie.
        String[] program = {
                "k = \\a b c d -> let p = \\(a b c d) e ->",
                "    let s = \\(a b c d e) x -> P a b c d e x in",
                "    let q = \\(a b c d e) y -> T a b c d e y in R s q in p"};
        assertThat(listOfQ(partial(3).withSiblings(true), program)).isEqualTo("s{p{a b c d} e}");
        String[] tie = {
                "k = \\a b c d -> let p = \\(a b c d) e ->",
                "    let s = \\(a b c d e) x -> P a b c d e x in",
                "    let q = \\(a b c d) y -> T a b c d y in R s q in p"};
        assertThat(listOfQ(partial(3).withSiblings(true), tie)).isEqualTo("p{a b c d}");
    }

    @Test
    void aThunkIsNeverASiblingEvenWithThunkParents() {
        // s may be forced (and updated) between the two lets; its words are then its value's.
        String[] program = {
                "k = \\a b c d -> let s = \\(a b c d) => P a b c d in",
                "    let q = \\(a b c d) y -> T a b c d y in R s q"};
        assertThat(listOfQ(partial(3).withSiblings(true), program)).isEqualTo("a b c d");
        assertThat(listOfQ(partial(3).withSiblings(true).withThunkParents(true), program)).isEqualTo("a b c d");
    }

    @Test
    void closuresOfTheSameGroupAndOfAnEnclosingBodyAreNotSiblings() {
        // s and q are built by one let: s is not built before q. In q's own body, s belongs to
        // k's body, not to q's: the closure r that q builds can reach s only through q.
        String[] program = {
                "k = \\a b c d -> let s = \\(a b c d) x -> P a b c d x;",
                "    q = \\(a b c d) y -> T a b c d y in R s q"};
        assertThat(listOfQ(partial(3).withSiblings(true), program)).isEqualTo("a b c d");
    }
}
