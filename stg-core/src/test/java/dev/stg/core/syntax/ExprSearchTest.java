package dev.stg.core.syntax;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.parse.NativeParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared traversal: where binders hide a name, which hooks fire in which order, and that a hit stops the walk. */
class ExprSearchTest {

    /** {@code main}'s body, parsed only (no scope checks: free names are fine here). */
    private static Expr body(String expression) {
        Diagnostics diags = new Diagnostics();
        Program program = NativeParser.parse(new SourceFile("t.stg", "main = \\ -> " + expression + "\n"), diags);
        assertThat(diags.render()).isEmpty();
        return program.bindings().get(0).lambda().body();
    }

    /** A use of {@code name} that refers to the outer binder (closures' bodies included). */
    private static final class UsesOuter extends ExprSearch {
        private final String name;

        UsesOuter(String name) {
            this.name = name;
        }

        @Override
        protected boolean variable(Var v) {
            return v.name().equals(name);
        }

        @Override
        protected boolean closure(Binding closure) {
            return !bound(closure.lambda().params()) && finds(closure.lambda().body());
        }

        @Override
        protected boolean bound(List<Binder> binders) {
            return binders.stream().anyMatch(b -> b.name().equals(name));
        }
    }

    private static boolean usesOuterX(String expression) {
        return new UsesOuter("x").finds(body(expression));
    }

    @Test
    void aLetGroupHidesTheNameFromItsBodyAndALetrecFromItsRightHandSidesToo() {
        assertThat(usesOuterX("let x = \\ -> A in x")).isFalse();
        assertThat(usesOuterX("let y = \\ -> f x in y")).isTrue();
        assertThat(usesOuterX("let x = \\ -> f x in A")).isTrue();
        assertThat(usesOuterX("letrec x = \\ -> f x in A")).isFalse();
    }

    @Test
    void joinPointsAreScopedAsLetGroupsAndTheirParametersHideTheName() {
        assertThat(usesOuterX("join j = \\ a -> f x in j 1#")).isTrue();
        assertThat(usesOuterX("join j = \\ x -> f x in j 1#")).isFalse();
        assertThat(usesOuterX("join x = \\ a -> f a in x 1#")).isFalse();
        assertThat(usesOuterX("join j = \\ a -> f a in j x")).isTrue();
        assertThat(usesOuterX("joinrec x = \\ a -> x a in A")).isFalse();
    }

    @Test
    void patternVariablesHideTheNameInTheirAlternativeOnly() {
        assertThat(usesOuterX("case y of { Cons x t -> f x; Nil -> A }")).isFalse();
        assertThat(usesOuterX("case y of { Cons h t -> f x; Nil -> A }")).isTrue();
        assertThat(usesOuterX("case y of { Cons x t -> A; Nil -> f x }")).isTrue();
        assertThat(usesOuterX("case y of { x -> f x }")).isFalse();
        assertThat(usesOuterX("case x of { y -> A }")).isTrue();
        assertThat(usesOuterX("case +# x 1# of { y -> A }")).isTrue();
    }

    @Test
    void constructorsBuiltAndMatchedComeInSourceOrder() {
        List<String> seen = new ArrayList<>();
        ExprSearch constructors = new ExprSearch() {
            @Override
            protected boolean closure(Binding closure) {
                return finds(closure.lambda().body());
            }

            @Override
            protected boolean constructor(String name, int arity, Span span) {
                seen.add(name + "/" + arity);
                return false;
            }
        };
        assertThat(constructors.finds(body(
                "case f of { Nil -> let p = \\ -> Pair a b in p; Cons h t -> Unit }"))).isFalse();
        assertThat(seen).containsExactly("Nil/0", "Pair/2", "Cons/2", "Unit/0");
    }

    @Test
    void theFirstHitEndsTheWalk() {
        List<String> visited = new ArrayList<>();
        ExprSearch firstVariable = new ExprSearch() {
            @Override
            protected boolean variable(Var v) {
                visited.add(v.name());
                return v.name().equals("b");
            }

            @Override
            protected boolean closure(Binding closure) {
                return finds(closure.lambda().body());
            }
        };
        assertThat(firstVariable.finds(body("case f a b c of { default -> g d }"))).isTrue();
        assertThat(visited).containsExactly("f", "a", "b");
    }
}
