package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.parse.NativeParser;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stg fv --write}: only the lists change; comments and layout stay. */
class FreeVariableRewriterTest {

    private static String rewrite(String text) {
        SourceFile source = new SourceFile("w.stg", text);
        Program program = NativeParser.parse(source, new Diagnostics());
        return FreeVariableRewriter.rewrite(source, program);
    }

    @Test
    void fixesWrongListsInsertsMissingOnesAndKeepsComments() {
        String before = """
                -- a list with a wrong entry, one missing, one right in another order
                main = \\ -> let a = \\ -> Nil;   {- two -}
                                 b = \\ -> Nil in
                  let f = \\(zz a) x -> Pair a b;    -- zz is unused, b missing
                      g = \\ y -> Pair y a;          -- no list at all
                      h = \\(b a) -> Pair a b        -- right already
                  in f
                """;
        String after = """
                -- a list with a wrong entry, one missing, one right in another order
                main = \\ -> let a = \\ -> Nil;   {- two -}
                                 b = \\ -> Nil in
                  let f = \\(a b) x -> Pair a b;    -- zz is unused, b missing
                      g = \\(a) y -> Pair y a;          -- no list at all
                      h = \\(b a) -> Pair a b        -- right already
                  in f
                """;
        assertThat(rewrite(before)).isEqualTo(after);
    }

    @Test
    void replacesAWrongNestedListByAFlatOneAndEmptiesListsOfGlobals() {
        assertThat(rewrite("main = \\(x) -> let a = \\ -> Nil in let f = \\(a) -> let g = \\(f{a} zz) -> a in g in f\n"))
                .isEqualTo("main = \\() -> let a = \\ -> Nil in let f = \\(a) -> let g = \\(a) -> a in g in f\n");
    }

    @Test
    void keepsARightNestedList() {
        String text = "main = \\ -> let a = \\ -> Nil in let f = \\(a) -> let g = \\(f{a}) -> a in g in f\n";
        assertThat(rewrite(text)).isEqualTo(text);
    }

    @Test
    void leavesAnExactFileUnchanged() {
        String text = "main = \\ -> let a = \\ -> Nil in let f = \\(a) -> a in f\n";
        assertThat(rewrite(text)).isEqualTo(text);
    }
}
