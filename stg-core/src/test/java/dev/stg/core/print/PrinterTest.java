package dev.stg.core.print;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.parse.NativeParser;
import dev.stg.core.syntax.NestedEntryPaths;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.SpanEraser;
import org.junit.jupiter.api.Test;

import static dev.stg.core.gen.Ast.*;
import static org.assertj.core.api.Assertions.assertThat;

/** What printed programs look like. */
class PrinterTest {

    @Test
    void aBindingThatFitsStaysOnOneLine() {
        assertThat(Printer.print(bind("f", fun(free(plain("a")), params("x", "y"), app("g", var("a"), var("x"), lit(-2))))))
                .isEqualTo("f = \\(a) x y -> g a x -2#");
    }

    @Test
    void thunksUseTheFatArrowAndEmptyListsAreLeftOut() {
        assertThat(Printer.print(thunk(free(), con("Int#", lit(1))))).isEqualTo("\\ => Int# 1#");
    }

    @Test
    void nestedEntriesUseBraces() {
        assertThat(Printer.print(fun(free(parent("f3", parent("f2", plain("i0")), plain("i2")), plain("z")), params(),
                con("A")))).as("alone, what f3 holds is not known: the entry is written in full")
                .isEqualTo("\\(f3{f2{i0} i2} z) -> A");
    }

    @Test
    void whereTheParentIsKnownAnEntryNamesWhatItReachesNotTheHeadsOnTheWay() {
        Program program = NativeParser.parse(new SourceFile("t.stg", String.join("\n",
                "k = \\a b c -> let f = \\(a b) x -> let g = \\(f{a b} x) y ->",
                "  let h = \\(g{f{a b} x} y) -> P a b x y in let u = \\(g{f{}} c) -> Q f c in R h u in g in f")),
                new Diagnostics());
        String printed = Printer.print(program);
        assertThat(printed).contains("let h = \\(g{a b x} y) ->")
                .as("a head reaching nothing is read itself and keeps its braces").contains("let u = \\(g{f{}} c) ->");
        Program reparsed = NativeParser.parse(new SourceFile("printed.stg", printed), new Diagnostics());
        assertThat(SpanEraser.erase(NestedEntryPaths.expand(reparsed))).isEqualTo(SpanEraser.erase(program));
    }

    @Test
    void alternativesAreAlwaysBraced() {
        assertThat(Printer.print(caseOf(prim(PrimOp.ADD, var("a"), lit(1)), litAlt(0, con("Z")), varAlt("n", app("n")))))
                .isEqualTo("case +# a 1# of { 0# -> Z; n -> n }");
    }

    @Test
    void aProgramPutsOneBindingPerParagraph() {
        assertThat(Printer.print(program(bind("a", fun(free(), params(), con("A"))), bind("b", thunk(free(), app("a"))))))
                .isEqualTo("a = \\ -> A;\n\nb = \\ => a\n");
    }

    @Test
    void largeExpressionsBreakOneBindingOrAlternativePerLine() {
        String longName = "someRatherLongFunctionName";
        var body = let(caseOf(app(longName, var("first"), var("second")),
                        conAlt("Cons", params("head", "tail"), app(longName, var("head"), var("tail"), var("tail"))),
                        defaultAlt(con("Nil"))),
                bind("first", thunk(free(plain("x")), app(longName, var("x"), var("x"), var("x")))),
                bind("second", fun(free(), params(), con("Nil"))));
        assertThat(Printer.print(bind("main", thunk(free(), body)))).isEqualTo("""
                main = \\ =>
                    let first = \\(x) => someRatherLongFunctionName x x x;
                        second = \\ -> Nil
                    in case someRatherLongFunctionName first second of {
                        Cons head tail -> someRatherLongFunctionName head tail tail;
                        default -> Nil
                    }""");
    }
}
