package dev.stg.interp.compare;

import dev.stg.core.Frontend;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Where closures are built, and what a parent could save them: the classes of docs/evidence.md's "why" table. */
class ClosureSitesTest {

    private static final String PROGRAM = """
            pick = \\a b c x y -> a;
            k = \\a b c -> let p = \\(a b c) x -> let q = \\(a b c x) y -> pick a b c x y in q in p;
            g = \\u v -> case u of { w -> let t = \\(w v) -> pick w v w v v in t };
            main = \\ -> Int# 1#;
            """;

    private static Program flat() {
        return Frontend.load(List.of(new SourceFile("sites.stg", PROGRAM)), Optional.empty()).program();
    }

    private static ClosureSites.Site site(Map<String, ClosureSites.Site> sites, String name) {
        return sites.values().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aClosureBuiltInAGlobalsBodyHasNoEnclosingClosureAndItsVariablesAreArgumentsOrBoundInTheBody() {
        Map<String, ClosureSites.Site> sites = ClosureSites.of(flat());
        assertThat(sites.values()).extracting(ClosureSites.Site::name).containsExactlyInAnyOrder("p", "q", "t");
        ClosureSites.Site p = site(sites, "p");
        assertThat(p.enclosing()).isNull();
        assertThat(List.of(p.fromFields(), p.fromArguments(), p.boundInBody())).containsExactly(0L, 3L, 0L);
        ClosureSites.Site t = site(sites, "t");
        assertThat(t.enclosing()).isNull();
        assertThat(List.of(t.fromFields(), t.fromArguments(), t.boundInBody())).containsExactly(0L, 1L, 1L);
    }

    @Test
    void aClosureBuiltInAClosuresBodyCountsWhatItSharesWithThatClosuresFields() {
        Map<String, ClosureSites.Site> sites = ClosureSites.of(flat());
        ClosureSites.Site q = site(sites, "q");
        assertThat(q.enclosing()).isSameAs(site(sites, "p").lambda());
        assertThat(List.of(q.fromFields(), q.fromArguments(), q.boundInBody())).containsExactly(3L, 1L, 0L);
    }

    @Test
    void theNestedClosuresAreThoseThePassGaveAParent() {
        NestingOptions rule = NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThunkParents(true);
        String q = sites("q");
        // q reaches a b c through p: three words for one pointer saves two, below K = 3.
        assertThat(ClosureSites.nested(Nesting.rewrite(flat(), rule))).isEmpty();
        assertThat(ClosureSites.nested(Nesting.rewrite(flat(), rule.withThreshold(1)))).containsExactly(q);
    }

    private static String sites(String name) {
        return ClosureSites.of(flat()).entrySet().stream().filter(e -> e.getValue().name().equals(name))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }
}
