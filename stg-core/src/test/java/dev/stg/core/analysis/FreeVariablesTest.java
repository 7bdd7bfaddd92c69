package dev.stg.core.analysis;

import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact free variables: computed from bodies, flat, in order of first use. */
class FreeVariablesTest {

    /** The filled list of the closure bound to {@code name}, found anywhere in the program. */
    private static List<String> filledList(String name, String... lines) {
        Program filled = FreeVariables.fill(Sources.parse(lines));
        return find(filled.bindings(), name).lambda().freeVars().stream().map(FreeVarEntry::name).toList();
    }

    private static Binding find(List<Binding> bindings, String name) {
        for (Binding b : bindings) {
            if (b.name().equals(name)) return b;
            Binding inner = find(b.lambda().body(), name);
            if (inner != null) return inner;
        }
        return null;
    }

    private static Binding find(Expr expr, String name) {
        if (expr instanceof Expr.Let let) {
            Binding found = find(let.bindings(), name);
            return found != null ? found : find(let.body(), name);
        }
        if (expr instanceof Expr.Case c) {
            Binding found = find(c.scrutinee(), name);
            for (var alt : c.alts()) if (found == null) found = find(alt.body(), name);
            return found;
        }
        return null;
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
        assertThat(find(filled.bindings(), "f").lambda().freeVars()).extracting(FreeVarEntry::name)
                .containsExactly("a");
    }

    @Test
    void exactListsAreFlatEvenWhenTheSourceNests() {
        Program program = Sources.parse(
                "main = \\ -> let a = \\ -> Nil in",
                "  let f = \\(a) -> let g = \\(f{a}) -> a in g in f");
        Map<LambdaForm, List<FreeVarEntry>> lists = FreeVariables.exactLists(program);
        assertThat(lists.get(find(program.bindings(), "g").lambda()))
                .containsExactly(new FreeVarEntry.Plain("a", Sources.span(2, 38, 39)));
    }
}
