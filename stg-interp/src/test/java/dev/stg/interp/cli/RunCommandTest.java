package dev.stg.interp.cli;

import dev.stg.core.gen.DeepChain;
import dev.stg.core.gen.FnFamily;
import dev.stg.interp.samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stg run}: output, exit statuses, and the message of every kind of runtime fault. */
class RunCommandTest {

    @TempDir
    Path dir;

    private static String sample(String name) {
        return Sample.named(name).file().toString();
    }

    private Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    private static final String STEP_SAMPLE = "src/test/resources/trace/step.stg";

    @Test
    void aRaisedStringIsTheMessageAloneAndExitSetsTheStatus() {
        CliRunner raised = CliRunner.stg("run", sample("prim/raise.stg"));
        assertThat(raised.status()).isEqualTo(1);
        assertThat(raised.out()).isEmpty();
        assertThat(raised.err()).isEqualTo("no\n");
        CliRunner exited = CliRunner.stg("run", sample("prim/exit.stg"));
        assertThat(exited.status()).isEqualTo(3);
        assertThat(exited.out()).isEmpty();
        assertThat(exited.err()).isEmpty();
    }

    @Test
    void theWordsAfterDoubleDashAreTheProgramsArguments() {
        // Options after -- are arguments too; the program counts 4 arguments of 18 bytes in all.
        CliRunner run = CliRunner.stg("run", "--max-steps", "100000", sample("prim/args.stg"), "--", "12", "héllo", "--stats", "a/b");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Args (I# 4#) (I# 18#) (R -1# -1# -1#)\n");
        CliRunner none = CliRunner.stg("run", sample("prim/args.stg"), "--");
        assertThat(none.out()).isEqualTo("Args (I# 0#) (I# 0#) (R -1# -1# -1#)\n");
        CliRunner noFile = CliRunner.stg("run", "--", sample("prim/args.stg"));
        assertThat(noFile.status()).isEqualTo(Main.USAGE);
        assertThat(noFile.err()).isEqualTo("stg run: no program FILE before --\n");
    }

    @Test
    void traceFullShowsEveryStepsRuleExpressionClosureStackAndAllocation() throws IOException {
        CliRunner run = CliRunner.stg("run", "--trace=full", STEP_SAMPLE);
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Cons (Int# 1#) (Cons (Int# 3#) Nil)\n");
        assertThat(run.err()).isEqualTo(Files.readString(Path.of("src/test/resources/trace/step.full.golden")));
    }

    @Test
    void traceFullNamesALetrecSiblingNotYetAllocated() throws IOException {
        Path program = file("letrec.stg", "one = \\ -> Int# 1#;\n"
                + "main = \\ => letrec f = \\(g) x -> g x; g = \\(f) x -> case x of { Int# n -> case n of "
                + "{ 0# -> f x; m -> x } } in f one;\n");
        CliRunner run = CliRunner.stg("run", "--trace=full", program.toString());
        assertThat(run.out()).isEqualTo("Int# 1#\n");
        assertThat(run.err()).contains("  allocs   f = FUN f (" + program + ":2:24), 2 words: g = <new g>\n"
                + "           g = FUN g (" + program + ":2:43), 2 words: f = <new f>\n");
    }

    @Test
    void traceFullFollowsTheClosuresAcrossCollectionsUnderGcStress() {
        CliRunner stressed = CliRunner.stg("run", "--trace=full", "--gc-stress", STEP_SAMPLE);
        assertThat(stressed.status()).isZero();
        assertThat(stressed.err()).isEqualTo(CliRunner.stg("run", "--trace=full", STEP_SAMPLE).err());
    }

    @Test
    void traceAloneIsBriefTakesTheFileAfterItAndMarksThePrintersSteps() {
        CliRunner run = CliRunner.stg("run", "--trace", STEP_SAMPLE);
        assertThat(run.status()).isZero();
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(31);
        assertThat(lines.get(0)).isEqualTo("       1  ENTER_THUNK         stack=1      main (" + STEP_SAMPLE + ":5:8)");
        assertThat(lines.get(26)).isEqualTo("      27  STOP                stack=1      stop");
        assertThat(lines.get(27)).isEqualTo("      28  ENTER_THUNK         stack=1      rest (" + STEP_SAMPLE
                + ":8:45)  [printer]");
        assertThat(CliRunner.stg("run", "--trace=brief", STEP_SAMPLE).err()).isEqualTo(run.err());
        CliRunner wrong = CliRunner.stg("run", "--trace=all", STEP_SAMPLE);
        assertThat(wrong.status()).isEqualTo(Main.USAGE);
        assertThat(wrong.err()).startsWith("stg: Invalid value for option '--trace': expected one of [brief, full]");
    }

    @Test
    void printsTheFullyEvaluatedValueOfMainAndExitsWithZero() {
        CliRunner run = CliRunner.stg("run", sample("basics/map.stg"));
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Cons (Int# 2#) (Cons (Int# 3#) (Cons (Int# 4#) Nil))\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aWrongFreeVariableListIsAStaticErrorWithExitStatusTwo() throws IOException {
        Path program = file("wrong.stg", "main = \\ -> let y = \\ -> Int# 1# in let f = \\ -> y in f;\n");
        CliRunner run = CliRunner.stg("run", program.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(program + ":1:50: error: closure 'f' uses 'y' but its free-variable list"
                + " does not include it\n"
                + " 1 | main = \\ -> let y = \\ -> Int# 1# in let f = \\ -> y in f;\n"
                + "   |                                                  ^\n"
                + "  expected: add 'y' to the free-variable list of 'f': \\(y)\n");
    }

    @Test
    void noMatchingAlternativeNamesTheValueAndTheCase() {
        CliRunner run = CliRunner.stg("run", sample("errors/no_match.stg"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("stg: runtime error: no matching alternative in case at "
                + sample("errors/no_match.stg") + ":3:15 for value Nil\n");
    }

    @Test
    void aThunkThatDemandsItselfIsALoop() {
        CliRunner run = CliRunner.stg("run", sample("errors/loop.stg"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("stg: runtime error: <<loop>>: thunk x (" + sample("errors/loop.stg")
                + ":3:24) demanded its own value\n");
    }

    @Test
    void divisionByZeroGivesThePosition() {
        CliRunner run = CliRunner.stg("run", sample("errors/divzero.stg"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("stg: runtime error: division by zero at " + sample("errors/divzero.stg")
                + ":2:13\n");
    }

    @Test
    void liveDataBeyondHeapMaxIsHeapExhaustion() throws IOException {
        Path program = file("hog.stg", """
                build = \\n -> case n of { 0# -> Nil; default -> case -# n 1# of { m ->
                  let rest = \\(m) => build m in let x = \\(n) -> Int# n in Cons x rest } };
                len = \\acc xs -> case xs of { Nil -> acc; Cons y ys -> case +# acc 1# of { a -> len a ys } };
                main = \\ -> let xs = \\ => build 1000000# in case len 0# xs of { n -> case len 0# xs of { m -> +# n m } };
                """);
        assertThat(CliRunner.stg("run", program.toString()).out()).isEqualTo("2000000#\n");
        CliRunner run = CliRunner.stg("run", "--heap-max", "1M", program.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("stg: runtime error: heap exhausted: ")
                .endsWith(" do not fit in --heap-max 131072 words\n");
    }

    @Test
    void recursionDeeperThanStackMaxIsAStackOverflow() {
        CliRunner run = CliRunner.stg("run", "--stack-max", "10000", sample("basics/deep_recursion.stg"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("stg: runtime error: stack overflow: the STG stack exceeded 10000 words"
                + " (--stack-max)\n");
    }

    @Test
    void aMillionDeepNonTailRecursionCompletesOnTheStgStack() {
        CliRunner run = CliRunner.stg("run", sample("basics/deep_recursion.stg"));
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("500000500000#\n");
    }

    @Test
    void theStepLimitStopsARunawayProgram() {
        CliRunner run = CliRunner.stg("run", "--max-steps", "1000", sample("errors/forever.stg"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("stg: runtime error: step limit reached: 1000 steps (--max-steps)\n");
    }

    @Test
    void statsGoToStderrAndJson() throws IOException {
        Path json = dir.resolve("stats.json");
        CliRunner run = CliRunner.stg("run", "--stats", "--stats-json", json.toString(), sample("basics/map.stg"));
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("steps", "allocWords", "allocWordsByKind.thunk", "fvStores", "fvLoads",
                "parentHops", "updates", "gcCount", "gcCopiedWords", "maxResidencyWords", "maxStackWords",
                "mutatorNanos", "gcNanos");
        assertThat(Files.readString(json)).startsWith("{\"steps\":").contains("\"allocWordsByKind\":{\"fun\":")
                .contains("\"maxResidencyWords\":");
    }

    @Test
    void ministgErrorPrintsWhatMinistgPrints() {
        CliRunner run = CliRunner.stg("run", sample("ministg/error.stg"));
        assertThat(run.out()).isEqualTo("Exception raised!\n");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRunner run = CliRunner.stg("run", dir.resolve("absent.stg").toString());
        assertThat(run.status()).isEqualTo(64);
        assertThat(run.err()).isEqualTo("stg run: " + dir.resolve("absent.stg") + ": no such file\n");
    }

    @Test
    void aDirectoryIsNotAProgram() {
        CliRunner run = CliRunner.stg("run", dir.toString());
        assertThat(run.status()).isEqualTo(64);
        assertThat(run.err()).isEqualTo("stg run: " + dir + ": is a directory, not a file\n");
    }

    @Test
    void limitsMustBePositive() {
        CliRunner steps = CliRunner.stg("run", "--max-steps", "-1", sample("basics/map.stg"));
        assertThat(steps.status()).isEqualTo(64);
        assertThat(steps.err()).isEqualTo("stg run: --max-steps must be at least 1\n");
        CliRunner stack = CliRunner.stg("run", "--stack-max", "-5", sample("basics/map.stg"));
        assertThat(stack.status()).isEqualTo(64);
        assertThat(stack.err()).isEqualTo("stg run: --stack-max must be at least 16 words\n");
    }

    @Test
    void anUnknownOptionValueIsAUsageError() {
        CliRunner run = CliRunner.stg("run", "--access", "sideways", sample("basics/map.stg"));
        assertThat(run.status()).isEqualTo(64);
        assertThat(run.err()).isEqualTo("stg run: --access must be lazy or eager, not 'sideways'\n");
    }

    /** The README's space-safety figures: 349 words flat, 379 nested-partial with a 16K-word first heap. */
    @Test
    void heapInitialSetsTheFirstSpaceSoCollectionsComeSooner() {
        String sample = sample("nested/space_safety.stg");
        CliRunner small = CliRunner.stg("run", "--stats", "--heap-initial", "128K", sample);
        CliRunner partial = CliRunner.stg("run", "--stats", "--heap-initial", "128K",
                "--closures=nested-partial", sample);
        CliRunner large = CliRunner.stg("run", "--stats", sample);
        assertThat(statistic(small, "gcCount")).isGreaterThan(statistic(large, "gcCount"));
        assertThat(statistic(small, "maxResidencyWords")).isEqualTo(349);
        assertThat(statistic(partial, "maxResidencyWords")).isEqualTo(379);
        CliRunner inverted = CliRunner.stg("run", "--heap-initial", "2M", "--heap-max", "1M", sample);
        assertThat(inverted.status()).isEqualTo(64);
        assertThat(inverted.err()).isEqualTo("stg run: --heap-initial is larger than --heap-max\n");
    }

    private static long statistic(CliRunner run, String name) {
        return run.err().lines().filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> Long.parseLong(line.substring(name.length()).trim().replace(",", "")))
                .orElseThrow();
    }

    @Test
    void applyingAConstructorNamesTheCall() {
        String sample = sample("errors/apply_constructor.stg");
        CliRunner run = CliRunner.stg("run", sample);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("stg: runtime error: cannot apply a con value Cons to arguments at the call at "
                + sample + ":4:17\n");
    }

    @Test
    void aDeviceOrAnEmptyFileIsNotAProgram() throws IOException {
        CliRunner device = CliRunner.stg("run", "/dev/null");
        assertThat(device.status()).isEqualTo(64);
        assertThat(device.err()).isEqualTo("stg run: /dev/null: not a regular file (a device, pipe or socket)\n");
        Path empty = file("empty.stg", "");
        CliRunner run = CliRunner.stg("run", empty.toString());
        assertThat(run.status()).isEqualTo(64);
        assertThat(run.err()).isEqualTo("stg run: " + empty + ": is empty (0 bytes)\n");
    }

    @Test
    void bytesThatAreNotUtf8AreAStaticErrorNamingTheByteAndItsPosition() throws IOException {
        Path latin1 = dir.resolve("latin1.stg");
        Files.write(latin1, "main = \\ -> Int# 1#;\n-- caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRunner run = CliRunner.stg("run", latin1.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(latin1 + ":2:7: error: byte 0xE9 at byte offset 27 is not UTF-8\n"
                + " 2 | -- caf\n"
                + "   |       ^\n"
                + "  expected: a UTF-8 text file (convert it, e.g. iconv -f LATIN1 -t UTF-8)\n");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws IOException {
        Path bom = dir.resolve("bom.stg");
        Files.write(bom, "\uFEFFmain = \\ -> Int# 7#;\n".getBytes(StandardCharsets.UTF_8));
        CliRunner run = CliRunner.stg("run", bom.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Int# 7#\n");
    }

    @Test
    void aFileReadAsMinistgBecauseOfAKeywordSaysSoWhenItDoesNotParse() throws IOException {
        Path program = file("error.stg", "main = \\ -> ERROR;\n");
        CliRunner run = CliRunner.stg("run", program.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(program + ":1:8: error: unexpected '\\'\n"
                + " 1 | main = \\ -> ERROR;\n"
                + "   |        ^\n"
                + "  expected: a heap object (FUN, THUNK, CON, PAP or ERROR)\n"
                + program + ": note: read as bjpop/ministg's dialect because of 'ERROR' at 1:13; if this is a native"
                + " STG file, run with --dialect native\n");
        CliRunner nativeRun = CliRunner.stg("run", "--dialect", "native", program.toString());
        assertThat(nativeRun.out()).isEqualTo("ERROR\n");
        assertThat(nativeRun.status()).isZero();
    }

    @Test
    void aMegabyteLineIsQuotedAsAnExcerptAndNulIsEscaped() throws IOException {
        Path program = file("long.stg", "main = \\ -> f" + " a".repeat(500_000) + " @ b;\n");
        CliRunner run = CliRunner.stg("run", program.toString());
        assertThat(run.status()).isEqualTo(2);
        String excerpt = "...a" + " a".repeat(57) + " @ b;";
        assertThat(excerpt).hasSize(3 + 120);
        assertThat(run.err()).isEqualTo(program + ":1:1000015: error: unexpected character '@'\n"
                + " 1 | " + excerpt + "\n"
                + "   | " + " ".repeat(excerpt.length() - 4) + "^\n"
                + "  expected: a name, a literal such as 1#, a primitive operation such as +#, or one of"
                + " = ; \\ -> => ( ) { } | *\n");

        Path nul = file("nul.stg", "main = \\ -> Int#\u0000 1#;\n");
        CliRunner nulRun = CliRunner.stg("run", nul.toString());
        assertThat(nulRun.err()).startsWith(nul + ":1:17: error: unexpected character '\\0'\n"
                + " 1 | main = \\ -> Int#\\0 1#;\n"
                + "   |                 ^^\n");
    }

    @Test
    void aMinistgDefinitionReplacesAnEarlierOneAsInMinistgButNativeDuplicatesAreErrors() throws IOException {
        Path prelude = file("Prelude.stg", "nil = CON(Nil);\none = CON(I 1);\nsingleton = FUN(x -> let { r = CON(Cons x nil) } in r);\n");
        Path test = file("test.stg", "nil = CON(Unit);\nmain = THUNK(singleton one);\n");
        CliRunner run = CliRunner.stg("run", prelude.toString(), test.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("(Cons (I 1) Unit)\n");

        Path twice = file("twice.stg", "x = \\ -> Int# 1#;\nx = \\ -> Int# 2#;\nmain = \\ -> x;\n");
        CliRunner duplicate = CliRunner.stg("run", twice.toString());
        assertThat(duplicate.status()).isEqualTo(2);
        assertThat(duplicate.err()).startsWith(twice + ":2:1: error: duplicate global 'x'\n");
    }

    @Test
    void programsNestedThousandsDeepRunAndF210CanBeWritten() throws IOException {
        Path f210 = file("f210.stg", FnFamily.source(210));
        CliRunner fn = CliRunner.stg("run", f210.toString());
        assertThat(fn.err()).isEmpty();
        assertThat(fn.out()).isEqualTo(FnFamily.expectedOutput(210) + "\n");
        int depth = 20_000;
        Path cases = file("cases.stg", "main = \\ -> " + "case ".repeat(depth) + "Int# 1#"
                + " of { Int# a -> Int# a }".repeat(depth) + ";\n");
        CliRunner deep = CliRunner.stg("run", cases.toString());
        assertThat(deep.err()).isEmpty();
        assertThat(deep.out()).isEqualTo("Int# 1#\n");
    }

    /** Lambdas 25,000 deep go through the nesting pass, its printer, a rerun of its output and every mode. */
    @Test
    void aChainOfLambdas25000DeepNestsRunsAndItsNestedPrintRuns() throws IOException {
        Path chain = file("chain.stg", DeepChain.source(25_000));
        for (String mode : new String[] {"flat", "nested", "nested-partial"}) {
            CliRunner run = CliRunner.stg("run", "--closures=" + mode, chain.toString());
            assertThat(run.err()).as(mode).isEmpty();
            assertThat(run.out()).as(mode).isEqualTo("Int# 1#\n");
        }
        CliRunner nest = CliRunner.stg("nest", chain.toString());
        assertThat(nest.err()).isEmpty();
        assertThat(nest.out()).contains("let l24999 = \\(a0) a24999 ->");
        Path nested = file("nested.stg", nest.out());
        CliRunner rerun = CliRunner.stg("run", nested.toString());
        assertThat(rerun.err()).isEmpty();
        assertThat(rerun.out()).isEqualTo("Int# 1#\n");
    }
}
