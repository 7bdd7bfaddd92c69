package dev.stg.interp.repl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The REPL driven through its core: what each input prints, and that errors keep the session's state. */
class ReplSessionTest {

    private static final Path ROOT = Path.of(System.getProperty("stg.root", ".."));
    private static final String MAP = ROOT.resolve("samples/basics/map.stg").toString();

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final ReplSession session = new ReplSession(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    /** Handles the inputs and returns what they printed on out, clearing it. */
    private String type(String... inputs) {
        for (String input : inputs) session.handle(input);
        String out = outBytes.toString(StandardCharsets.UTF_8);
        outBytes.reset();
        return out;
    }

    private String errors() {
        String err = errBytes.toString(StandardCharsets.UTF_8);
        errBytes.reset();
        return err;
    }

    @Test
    void anExpressionIsEvaluatedFullyAndPrinted() {
        assertThat(type("one = \\ -> Int# 1#", "nil = \\ -> Nil", "let xs = \\ -> Cons one nil in Cons one xs"))
                .isEqualTo("Cons (Int# 1#) (Cons (Int# 1#) Nil)\n");
        assertThat(type("case +# 20# 22# of { r -> r }")).isEqualTo("42#\n");
        assertThat(errors()).isEmpty();
    }

    @Test
    void aBindingDefinesOrReplacesAGlobal() {
        type("n = \\ -> Int# 1#", "n = \\ -> Int# 2#");
        assertThat(type("n")).isEqualTo("Int# 2#\n");
        assertThat(type(":browse")).isEqualTo("n                    closure, not updatable\n"
                + "it                   closure, not updatable\n");
    }

    @Test
    void aBindingMayUseGlobalsDefinedLater() {
        type("twice = \\f x -> let y = \\(f x) => f x in f y", "inc = \\x -> case x of { Int# a -> case +# a 1# of { b -> Int# b } }");
        assertThat(type("let n = \\ -> Int# 40# in twice inc n")).isEqualTo("Int# 42#\n");
    }

    @Test
    void loadingAFileDefinesItsGlobals() {
        assertThat(type(":load " + MAP)).isEqualTo("loaded " + MAP + ": 11 globals\n");
        assertThat(type("main")).isEqualTo("Cons (Int# 2#) (Cons (Int# 3#) (Cons (Int# 4#) Nil))\n");
        assertThat(type("map inc l3")).isEqualTo("Cons (Int# 4#) Nil\n");
    }

    @Test
    void anUnboundVariableIsReportedWhereItWasTyped() {
        type(":load " + MAP);
        assertThat(type("map inc nosuch")).isEmpty();
        assertThat(errors()).startsWith("<input 1>:1:9: error: ").contains(" 1 | map inc nosuch\n   |         ^^^^^^\n");
        assertThat(type("main")).startsWith("Cons (Int# 2#)");
    }

    @Test
    void aSyntaxErrorIsReportedWhereItWasTyped() {
        type("foo 1");
        assertThat(errors()).isEqualTo("""
                <input 1>:1:5: error: literal '1' lacks its '#'
                 1 | foo 1
                   |     ^
                  expected: an Int# literal such as 1#
                """);
    }

    @Test
    void aBadBindingLeavesTheGlobalsAsTheyWere() {
        type("n = \\ -> Int# 1#", "n = \\ -> m");
        assertThat(errors()).contains("<input 2>:1:10: error:").contains("'m'");
        assertThat(type("n")).isEqualTo("Int# 1#\n");
    }

    @Test
    void aRuntimeErrorIsReportedAndTheSessionGoesOn() {
        type("n = \\ -> Int# 1#");
        assertThat(type("case /# 10# 0# of { r -> r }")).isEmpty();
        assertThat(errors()).isEqualTo("runtime error: division by zero at <input 2>:1:1\n");
        assertThat(type("n")).isEqualTo("Int# 1#\n");
    }

    @Test
    void showPrintsTheLambdaFormWithItsFreeVariables() {
        type(":load " + MAP);
        assertThat(type(":show map")).isEqualTo("""
                map = \\f xs ->
                    case xs of {
                        Nil -> Nil;
                        Cons y ys -> let fy = \\(f y) => f y;
                                         rest = \\(f ys) => map f ys
                                     in Cons fy rest
                    }
                """);
        type(":show nosuch");
        assertThat(errors()).isEqualTo("no global 'nosuch'; :browse lists them\n");
    }

    @Test
    void browseListsEveryGlobalWithItsKind() {
        type(":load " + MAP);
        assertThat(type(":browse")).startsWith("""
                add                  function, arity 2
                inc                  function, arity 1
                map                  function, arity 2
                one                  closure, not updatable
                """).endsWith("main                 thunk\n");
    }

    @Test
    void exitIsReportedAndTheSessionGoesOn() {
        type("n = \\ -> Int# 1#");
        assertThat(type("ccall exit 4#")).isEmpty();
        assertThat(errors()).isEqualTo("the program exited with status 4\n");
        assertThat(type("n")).isEqualTo("Int# 1#\n");
    }

    @Test
    void setChangesHowTheNextEvaluationsRun() {
        type(":load " + MAP);
        assertThat(type(":set")).startsWith("access         lazy\ngc-stress      off\nmax-steps      none\nclosures       flat\n");
        assertThat(type(":set max-steps 10")).isEqualTo("max-steps set to 10\n");
        type("main");
        assertThat(errors()).isEqualTo("runtime error: step limit reached: 10 steps (:set max-steps N changes the limit)\n");
        assertThat(type(":set max-steps none", ":set access eager", ":set gc-stress on", ":set closures nested-partial",
                ":set threshold 1", ":set thunk-parents on", ":set siblings on", ":set access auto")).isEqualTo("""
                max-steps set to none
                access set to eager
                gc-stress set to on
                closures set to nested-partial
                threshold set to 1
                thunk-parents set to on
                siblings set to on
                access set to auto
                """);
        assertThat(type("main")).isEqualTo("Cons (Int# 2#) (Cons (Int# 3#) (Cons (Int# 4#) Nil))\n");
        assertThat(type(":set")).isEqualTo("""
                access         auto
                gc-stress      on
                max-steps      none
                closures       nested-partial
                threshold      1
                thunk-parents  on
                siblings       on
                +s             off
                """);
    }

    @Test
    void badSettingsAreReported() {
        type(":set access sideways", ":set colour blue", ":set max-steps -3", ":set access");
        assertThat(errors()).isEqualTo("""
                access must be one of lazy, eager, auto, not 'sideways'
                no setting 'colour'; settings: access, gc-stress, max-steps, closures, threshold, thunk-parents, siblings
                max-steps must be a positive number of steps or none, not '-3'
                usage: :set NAME VALUE, :set +s or :set -s (settings: access, gc-stress, max-steps, closures, threshold, thunk-parents, siblings)
                """);
    }

    @Test
    void statsShowTheLastEvaluation() {
        type(":stats");
        assertThat(errors()).isEqualTo("no statistics yet: evaluate an expression first\n");
        type(":load " + MAP, "main");
        assertThat(type(":stats")).contains("steps").contains("allocWords").contains("updates                                   7\n");
    }

    @Test
    void heapSummarisesTheObjectsByInfoTable() {
        type(":load " + MAP, "main");
        assertThat(type(":heap")).contains("kind").contains("total").contains("THUNK").contains("CON");
    }

    @Test
    void gcCollectsTheLastEvaluationsHeap() {
        type(":gc");
        assertThat(errors()).isEqualTo("no heap yet: evaluate an expression first\n");
        type(":load " + MAP, "main");
        assertThat(type(":gc")).matches("collected: 16 dynamic words live of 40; with 23 static, the heap holds 39 words\n");
    }

    @Test
    void heapAndGcCountTheSameWords() {
        type(":heap");
        assertThat(errors()).isEqualTo("no heap yet: evaluate an expression first\n");
        type(":load " + MAP, "main");
        assertThat(type(":heap")).startsWith("heap: 63 words: 23 static, 40 dynamic (garbage included until :gc)\n")
                .contains("total               26          63  100.0%");
        type(":gc");
        assertThat(type(":heap")).startsWith("heap: 39 words: 23 static, 16 dynamic (garbage included until :gc)\n")
                .contains("total               20          39  100.0%");
    }

    @Test
    void dumpWritesAHeapDump(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("heap.json");
        type(":load " + MAP, "main");
        assertThat(type(":dump " + file)).isEqualTo("heap dumped to " + file + "\n");
        assertThat(Files.readString(file)).startsWith("{");
    }

    @Test
    void tracePrintsOneLinePerStep() {
        String trace = type(":trace case +# 1# 2# of { r -> r }");
        assertThat(trace.lines().map(String::strip).toList()).containsExactly(
                "1  ENTER_CLOSURE       stack=1      it (<input 1>:1:1)",
                "2  CASE_PRIM           stack=1      <input 1>:1:1",
                "3  RETURN_INT          stack=1      <input 1>:1:25",
                "4  STOP                stack=1      stop",
                "3#");
    }

    @Test
    void stepShowsEachStepsViewPerEnterThenContinues() {
        type(":load " + MAP);
        assertThat(type(":step main")).isEqualTo("""
                stepping: Enter for the next step, c to continue, q to quit
                step 1  ENTER_CLOSURE
                  why      enter a non-updatable closure with no parameters: run its body
                  object   <thunk it>
                  expr     <input 1>:1:1  main
                  closure  THUNK it (<input 1>:1:1), no free variables
                  stack    1 frame, top first
                             stop
                  heap     0 words in use after this step
                """);
        assertThat(session.prompt()).isEqualTo(ReplSession.STEP_PROMPT);
        type("", "", "", "", "");
        assertThat(type("")).isEqualTo("""
                step 7  RETURN_CON
                  why      allocate a constructor and return it
                  expr     %s:8:19  Cons fy rest
                  closure  FUN map (%s:4:7), no free variables
                  stack    2 frames, top first
                             update THUNK main (%s:16:8)
                             stop
                  allocs   CON Cons, 3 words: <thunk fy>, <thunk rest>
                  heap     11 words in use after this step
                """.formatted(MAP, MAP, MAP));
        assertThat(type("c")).isEqualTo("Cons (Int# 2#) (Cons (Int# 3#) (Cons (Int# 4#) Nil))\n");
        assertThat(session.prompt()).isEqualTo(ReplSession.PROMPT);
    }

    @Test
    void stepMarksTheStepsTheValuePrinterRunsToForceTheResult() {
        type(":load " + MAP);
        assertThat(type(":step main", "", "", "", "", "", "", "", "")).contains("step 9  STOP")
                .doesNotContain("value printer");
        assertThat(type("")).startsWith("step 10  ENTER_THUNK  [the value printer forcing a part of the result]\n")
                .contains("  closure  THUNK fy (" + MAP + ":6:25)\n             f = <function inc>\n");
    }

    @Test
    void helpRulesListsEveryRuleWithWhyItFires() {
        String help = type(":help rules");
        for (var rule : dev.stg.interp.machine.Rule.values()) {
            assertThat(help).contains(String.format("  %-20s %s%n", rule.name(), rule.description));
        }
        assertThat(help.lines().count()).isEqualTo(dev.stg.interp.machine.Rule.values().length + 1);
        type(":help nonsense");
        assertThat(errors()).contains(":help takes nothing or 'rules', not 'nonsense'");
    }

    @Test
    void steppingToTheEndPrintsTheValue() {
        type(":step case +# 1# 2# of { r -> r }", "", "");
        assertThat(type("")).isEqualTo("3#\n(4 steps)\n");
        assertThat(session.prompt()).isEqualTo(ReplSession.PROMPT);
    }

    @Test
    void quittingASteppingSessionReturnsToThePrompt() {
        type(":step case +# 1# 2# of { r -> r }", "x");
        assertThat(errors()).isEqualTo("Enter steps, c continues, q quits\n");
        type("q");
        assertThat(session.prompt()).isEqualTo(ReplSession.PROMPT);
    }

    @Test
    void reloadReadsTheFilesAgainKeepingTypedBindings(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.stg");
        Files.writeString(file, "n = \\ -> Int# 1#;\n");
        type(":load " + file, "m = \\ -> Int# 5#");
        Files.writeString(file, "n = \\ -> Int# 2#;\n");
        assertThat(type(":reload", "n", "m")).isEqualTo("loaded " + file + ": 2 globals\nInt# 2#\nInt# 5#\n");
    }

    @Test
    void aFileThatFailsToLoadLeavesTheSessionAsItWas(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.stg");
        Files.writeString(broken, "n = \\ -> m;\n");
        type(":load " + MAP, ":load " + broken, ":load " + dir.resolve("missing.stg"));
        assertThat(errors()).startsWith(broken + ":1:10: error:")
                .contains("nothing changed: the session still has " + MAP + " loaded (11 globals)\n")
                .endsWith(dir.resolve("missing.stg") + ": no such file\n"
                        + "nothing changed: the session still has " + MAP + " loaded (11 globals)\n");
        assertThat(type("main")).startsWith("Cons (Int# 2#)");
        type(":load " + dir);
        assertThat(errors()).contains(dir + ": is a directory, not a file\n"
                + "nothing changed: the session still has " + MAP + " loaded");
        assertThat(type("main")).startsWith("Cons (Int# 2#)");
    }

    @Test
    void ministgFilesAreEvaluatedAndPrintedInTheirDialect() {
        type(":load " + ROOT.resolve("samples/ministg/apply_oversat.stg"));
        assertThat(type("main", "apply const twentytwo true")).isEqualTo("True\n(I 22)\n");
    }

    @Test
    void commandsMayBeAbbreviatedWhenUnambiguous() {
        assertThat(type(":hel")).contains(":load FILE...");
        type(":s", ":frobnicate");
        assertThat(errors()).isEqualTo("""
                ambiguous command :s: :show, :set, :stats, :step
                unknown command :frobnicate; :help lists the commands
                """);
    }

    @Test
    void quitEndsTheSession() {
        assertThat(session.handle(":quit")).isFalse();
        assertThat(session.handle("")).isTrue();
    }

    @Test
    void interruptStopsARunningEvaluation() throws InterruptedException {
        type("spin = \\n -> case +# n 1# of { m -> spin m }");
        Thread evaluation = new Thread(() -> session.handle("spin 0#"));
        evaluation.start();
        while (evaluation.isAlive()) {
            session.interrupt();
            evaluation.join(10);
        }
        assertThat(errors()).isEqualTo("runtime error: interrupted\n");
        assertThat(type("case spin of { f -> 1# }")).isEqualTo("1#\n");
    }

    @Test
    void completionOffersCommandsSettingsAndGlobals() {
        type(":load " + MAP);
        assertThat(session.completions(List.of(), ":")).contains(":load", ":browse", ":quit");
        assertThat(session.completions(List.of(), "ma")).contains("map", "main", "add");
        assertThat(session.completions(List.of(":set"), "")).containsExactly("access", "gc-stress", "max-steps", "closures", "threshold",
                "thunk-parents", "siblings");
        assertThat(session.completions(List.of(":set", "access"), "")).containsExactly("lazy", "eager", "auto");
        assertThat(session.completions(List.of(":show"), "")).contains("map");
        assertThat(session.completions(List.of(":load"), ROOT + "/samples/basics/ma"))
                .contains(ROOT + "/samples/basics/map.stg");
    }

    @Test
    void itNamesTheLastValue() {
        type("it");
        assertThat(errors()).isEqualTo("no value for 'it' yet: it names the value of the last expression evaluated\n");
        type(":load " + MAP);
        assertThat(type("inc one")).isEqualTo("Int# 2#\n");
        assertThat(type("it")).isEqualTo("Int# 2#\n");
        assertThat(type("inc it", "inc it", "add it it")).isEqualTo("Int# 3#\nInt# 4#\nInt# 8#\n");
        assertThat(type(":show it")).startsWith("it = \\ -> add `it~");
        type("nosuch");
        assertThat(errors()).contains("unbound variable 'nosuch'");
        assertThat(type("it")).as("a failed input leaves it").isEqualTo("Int# 8#\n");
        assertThat(type(":browse")).doesNotContain("it~");
    }

    @Test
    void aBindingReadsTheValueItNamedWhenItWasDefined() {
        type(":load " + MAP, "let n = \\ -> Int# 20# in inc n", "y = \\ -> add it it");
        assertThat(type("y", "y", "it")).isEqualTo("Int# 42#\nInt# 42#\nInt# 42#\n");
        assertThat(errors()).isEmpty();
    }

    @Test
    void setPlusSPrintsTimeStepsAndAllocation() {
        type(":load " + MAP);
        assertThat(type(":set +s")).isEqualTo("+s: each evaluation now prints its time, steps and allocated words\n");
        assertThat(type("main")).matches("Cons \\(Int# 2#\\).*\n\\([0-9.]+ s, 56 steps, 40 words allocated\\)\n");
        type(":set -s");
        assertThat(type("main")).doesNotContain("steps");
    }

    @Test
    void helpHasShortNames() {
        String help = type(":help");
        assertThat(help).contains(":info NAME").contains(":set [NAME VALUE|+s|-s]");
        assertThat(type(":h")).isEqualTo(help);
        assertThat(type(":?")).isEqualTo(help);
    }

    @Test
    void infoShowsLayoutMasksAndParent() {
        type(":load " + ROOT.resolve("samples/nested/f10.stg"));
        assertThat(info("l5")).isEqualTo("""
                l5 (%s:19:28)
                  kind          function, arity 1
                  free vars     \\(i0 i1 i2 i3 i4) i5 ->
                  info table    #N FUN: header, 5 fields
                    field 0   i0           pointer
                    field 1   i1           pointer
                    field 2   i2           pointer
                    field 3   i3           pointer
                    field 4   i4           pointer
                  parent        none: every free variable is copied into the closure
                """.formatted(ROOT.resolve("samples/nested/f10.stg")));
        type(":set closures nested-partial");
        assertThat(info("l5")).endsWith("""
                  free vars     \\(l4{i0 i1 i2 i3} i4) i5 ->
                  info table    #N FUN: header, 2 fields
                    field 0   l4           parent pointer, mask fields {0 1 2 3} of l4
                    field 1   i4           pointer
                  parent        l4 (field 0), reaching i0 i1 i2 i3
                """);
        type(":info nosuch");
        assertThat(errors()).isEqualTo("no closure named 'nosuch'; :browse lists the globals\n");
    }

    /** {@code :info NAME} with the info-table number left out: it depends on how many tables come first. */
    private String info(String name) {
        return type(":info " + name).replaceAll("info table    #\\d+ ", "info table    #N ");
    }

    @Test
    void nestSaysWhenNothingNested() {
        type(":load " + MAP);
        assertThat(type(":nest inc")).isEqualTo("inc = \\x -> add x one\n-- nothing nested in inc: no closure in it "
                + "saves 3 words or more through a parent pointer (:set threshold K lowers the bar)\n");
        type(":load " + ROOT.resolve("samples/nested/f10.stg"));
        assertThat(type(":nest l0")).contains("l4{").doesNotContain("nothing nested");
    }

    @Test
    void bracesGroupLinesAsInGhci() {
        assertThat(ReplSession.isComplete(":{\nf = \\x ->")).isFalse();
        assertThat(type(":{\none = \\ -> Int# 1#;\ntwo = \\ -> Int# 2#\n:}", "Pair one two"))
                .isEqualTo("Pair (Int# 1#) (Int# 2#)\n");
    }

    /** Feeds {@code script} as a pipe would, returning what it printed on out. */
    private String script(String script) throws IOException {
        ScriptInput.run(new java.io.StringReader(script), session);
        return type();
    }

    @Test
    void anOpenBracketInAScriptEndsAtTheNextCommandWithAnError() throws IOException {
        assertThat(script("this is ( not stg\n:load " + MAP + "\nmain\nx = (\n"))
                .isEqualTo("loaded " + MAP + ": 11 globals\nCons (Int# 2#) (Cons (Int# 3#) (Cons (Int# 4#) Nil))\n");
        assertThat(errors()).isEqualTo("""
                line 1: incomplete input, ended by the command on line 2: this is ( not stg
                  expected: every bracket closed and nothing left after '->', '=', 'in' or 'of'
                line 4: incomplete input, ended by the end of input: x = (
                  expected: every bracket closed and nothing left after '->', '=', 'in' or 'of'
                """);
    }

    @Test
    void aScriptContinuesLinesAndGroups() throws IOException {
        assertThat(script("f = \\x -> case x of {\n  Int# a -> a }\n:{\ng = \\x ->\n  f x\n:}\n"
                + "let n = \\ -> Int# 7# in g n\n")).isEqualTo("7#\n");
        assertThat(errors()).isEmpty();
    }

    @Test
    void stepInAScriptDoesNotEatTheNextCommands() throws IOException {
        assertThat(script(":load " + MAP + "\n:step main\n\n:stats\nmain\n"))
                .contains("stepping stopped\nsteps                                     3\n")
                .endsWith("Cons (Int# 2#) (Cons (Int# 3#) (Cons (Int# 4#) Nil))\n");
    }

    @Test
    void aHugeLineIsSkippedAndTheSessionGoesOn() throws IOException {
        String huge = "x".repeat(ScriptInput.MAX_LINE + 5);
        assertThat(script(huge + "\n" + "y".repeat(3000) + "\none = \\ -> Int# 1#\none\n")).isEqualTo("Int# 1#\n");
        assertThat(errors()).startsWith("line 1: 1,048,581 characters, longer than the 1,048,576 a REPL line may have; skipped\n")
                .contains("<input 1>:1:1: error: unbound variable '" + "y".repeat(100))
                .contains(" ... (2619 characters) ... ");
    }
}
