package dev.stg.core.analysis;

import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.ExprSearch;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact free variables: computed from bodies, flat, in order of first use. */
class FreeVariablesTest {

    /** The filled list of the closure bound to {@code name}, found anywhere in the program. */
    private static List<String> filledList(String name, String... lines) {
        Program filled = FreeVariables.fill(Sources.parse(lines));
        return find(filled, name).lambda().freeVars().stream().map(FreeVarEntry::name).toList();
    }

    private static Binding find(Program program, String name) {
        List<Binding> found = new ArrayList<>();
        ExprSearch named = new ExprSearch() {
            @Override
            protected boolean closure(Binding closure) {
                if (closure.name().equals(name)) found.add(closure);
                return !found.isEmpty() || finds(closure.lambda().body());
            }
        };
        assertThat(named.finds(program)).as("a closure named " + name).isTrue();
        return found.get(0);
    }

    @Test
    void listsLocalsInOrderOfFirstUse() {
        assertThat(filledList("f",
                "main = \\ -> let a = \\ -> Nil; b = \\ -> Nil in",
                "  let f = \\ x -> Pair b a in f a"))
                .containsExactly("b", "a");
    }

    @Test
    void leavesOutParametersAndWhatTheBodyBindsItself() {
        assertThat(filledList("f",
                "main = \\ -> let a = \\ -> Nil in",
                "  let f = \\ x -> case x of { Cons h t -> let y = \\(h) -> h in Q a h t y; z -> z } in f a"))
                .containsExactly("a");
    }

    @Test
    void leavesOutGlobalsButKeepsALocalThatShadowsOne() {
        assertThat(filledList("f",
                "g = \\ -> Nil;",
                "h = \\ -> Nil;",
                "main = \\ -> let h = \\ -> Nil in let f = \\ -> Pair g h in f"))
                .containsExactly("h");
    }

    @Test
    void countsWhatNestedClosuresUse() {
        assertThat(filledList("f",
                "main = \\ -> let a = \\ -> Nil in",
                "  let f = \\ x -> let g = \\ -> let k = \\ -> Pair a x in k in g in f a"))
                .containsExactly("a");
    }

    @Test
    void letRightHandSidesSeeOnlyTheEnclosingScope() {
        // The 'x' in y's body is main's parameter, not the sibling binding.
        assertThat(filledList("y",
                "main = \\ -> let x = \\ -> Nil in",
                "  let x = \\ -> Nil; y = \\ -> x in y"))
                .containsExactly("x");
        assertThat(filledList("y",
                "main = \\ -> let y = \\ -> x; x = \\ -> Nil in y"))
                .isEmpty();
    }

    @Test
    void letrecRightHandSidesSeeTheGroupThemselvesIncluded() {
        assertThat(filledList("xs",
                "main = \\ -> let one = \\ -> One in",
                "  letrec xs = \\ -> Cons one xs in xs"))
                .containsExactly("one", "xs");
    }

    @Test
    void globalsGetEmptyListsAndExistingListsAreReplaced() {
        Program filled = FreeVariables.fill(Sources.parse(
                "main = \\(bogus) -> let a = \\ -> Nil in let f = \\(zzz a) -> a in f"));
        LambdaForm main = filled.global("main").orElseThrow().lambda();
        assertThat(main.freeVars()).isEmpty();
        assertThat(find(filled, "f").lambda().freeVars()).extracting(FreeVarEntry::name)
                .containsExactly("a");
    }

    @Test
    void exactListsAreFlatEvenWhenTheSourceNests() {
        Program program = Sources.parse(
                "main = \\ -> let a = \\ -> Nil in",
                "  let f = \\(a) -> let g = \\(f{a}) -> a in g in f");
        Map<LambdaForm, List<FreeVarEntry>> lists = FreeVariables.exactLists(program);
        assertThat(lists.get(find(program, "g").lambda()))
                .containsExactly(new FreeVarEntry.Plain("a", Sources.span(2, 38, 39)));
    }
}
