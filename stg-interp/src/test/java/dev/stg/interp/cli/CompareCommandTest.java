package dev.stg.interp.cli;

import dev.stg.interp.compare.Metric;
import dev.stg.interp.samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stg compare}: agreement, the table's shape, its JSON, disagreements and bad options. */
class CompareCommandTest {

    @TempDir
    Path dir;

    private static String sample(String name) {
        return Sample.named(name).file().toString();
    }

    private static String dump(String level, String program) {
        return Sample.root().resolve("samples/ghc").resolve(level).resolve(program + ".dump-stg-final").toString();
    }

    /**
     * 400 closures each capturing the eight fields of the function that builds them, all live at
     * the end: flat needs 13 words per closure, nested 6, so a 4096-word heap holds them only nested.
     */
    private static final String KEEPS_CLOSURES = """
            sum8 = \\a b c d e f g h -> case +# a b of { x1 -> case +# x1 c of { x2 -> case +# x2 d of { x3 ->
              case +# x3 e of { x4 -> case +# x4 f of { x5 -> case +# x5 g of { x6 -> +# x6 h } } } } } };
            mkp = \\a b c d e f g h -> let p = \\(a b c d e f g h) n ->
              let k = \\(a b c d e f g h n) z -> case sum8 a b c d e f g h of { s -> +# s n } in k in p;
            build = \\p n acc -> case n of { 0# -> acc; default -> case -# n 1# of { m ->
              case p n of { k -> let more = \\(k acc) -> Cons k acc in build p m more } } };
            sumApply = \\acc xs -> case xs of { Nil -> acc; Cons f rest -> case f 0# of { v -> case +# acc v of { s -> sumApply s rest } } };
            nil = \\ -> Nil;
            main = \\ -> case mkp 1# 2# 3# 4# 5# 6# 7# 8# of { p -> case build p 400# nil of { ks -> sumApply 0# ks } };
            """;

    @Test
    void theTableHasAColumnPerConfigurationAndARowPerMetric() {
        String f10 = sample("nested/f10.stg");
        CliRunner run = CliRunner.stg("compare", "--runs", "1", "--access", "lazy,eager", f10);
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(f10 + " (first heap 16384 words, time: median of 1 run)");
        assertThat(lines.get(1).trim().split(" +")).containsExactly("flat/lazy", "nested/lazy", "nested-partial/lazy",
                "flat/eager", "nested/eager", "nested-partial/eager");
        assertThat(lines.subList(2, lines.size()).stream().map(l -> l.split(" +")[0]))
                .containsExactlyElementsOf(Arrays.stream(Metric.values()).map(Metric::key).toList());
        // A flat column has the value alone; the others each value with its ratio to flat.
        String[] stores = lines.stream().filter(l -> l.startsWith("fvStores ")).findFirst().orElseThrow().trim().split(" +");
        assertThat(stores).hasSize(1 + 6 + 4);
        long flat = Long.parseLong(stores[1].replace(",", ""));
        long nested = Long.parseLong(stores[2].replace(",", ""));
        assertThat(nested).isLessThan(flat);
        assertThat(stores[3]).isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", (double) nested / flat));
    }

    @Test
    void theCountersAreThoseStgRunReports() throws IOException {
        String f10 = sample("nested/f10.stg");
        Path json = dir.resolve("compare.json");
        Path stats = dir.resolve("stats.json");
        assertThat(CliRunner.stg("compare", "--runs", "1", "--modes", "nested", "--json", json.toString(), f10).status()).isZero();
        assertThat(CliRunner.stg("run", "--closures=nested", "--heap-initial", "128K", "--stats-json", stats.toString(), f10)
                .status()).isZero();
        String compared = Files.readString(json);
        String ran = Files.readString(stats);
        for (String key : List.of("steps", "allocWords", "fvStores", "fvLoads", "parentHops", "maxResidencyWords")) {
            // Flat's value, then nested's: the ratios between them are not integers.
            assertThat(values(compared, key).get(1)).as(key).isEqualTo(values(ran, key).get(0));
        }
    }

    /**
     * Collections of a full first heap fall where the words run out, so the largest of their
     * residencies moves with the heap's size; the same-step samples fall at fixed steps, so
     * theirs does not (and, steps being the same in every closure mode, compares modes alike).
     */
    @Test
    void residencyAtTheSameStepsDoesNotDependOnWhereTheHeapFills() throws IOException {
        String program = sample("nested/space_safety.stg");
        List<List<Long>> byHeap = new ArrayList<>();
        for (String heap : List.of("128K", "512K")) {
            Path json = dir.resolve("heap-" + heap + ".json");
            assertThat(CliRunner.stg("compare", "--runs", "1", "--modes", "nested-partial", "--heap-initial", heap,
                    "--json", json.toString(), program).status()).isZero();
            String text = Files.readString(json);
            byHeap.add(List.of(values(text, "maxResidencyWords").get(0), values(text, "sameStepResidencyWords").get(0),
                    values(text, "sameStepResidencyWords").get(1)));
        }
        assertThat(byHeap.get(0).get(0)).as("at collections, 128K against 512K").isNotEqualTo(byHeap.get(1).get(0));
        assertThat(byHeap.get(0).subList(1, 3)).as("at the same steps, flat and nested-partial").isEqualTo(byHeap.get(1).subList(1, 3));
        assertThat(byHeap.get(0).get(1)).as("a 500-element list is live while it is measured").isGreaterThan(2_000);
    }

    @Test
    void theJsonHasTheDocumentedKeys() throws IOException {
        Path json = dir.resolve("out.json");
        CliRunner run = CliRunner.stg("compare", "--runs", "2", "--modes", "nested-partial+thunk-parents",
                "--json", json.toString(), sample("nested/f4.stg"));
        assertThat(run.status()).isZero();
        String text = Files.readString(json);
        assertThat(text).endsWith("}\n");
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("\"([A-Za-z]+)\":").matcher(text);
        while (m.find()) keys.add(m.group(1));
        List<String> metrics = Arrays.stream(Metric.values()).map(Metric::key).toList();
        List<String> configuration = new ArrayList<>(List.of("name", "closures", "thunkParents", "nestThreshold", "access",
                "closuresTotal"));
        configuration.addAll(metrics);
        configuration.add("ratios");
        configuration.addAll(metrics);
        List<String> expected = new ArrayList<>(List.of("program", "heapInitialWords", "runs", "configurations"));
        expected.addAll(configuration);
        expected.addAll(configuration);
        assertThat(keys).containsExactlyElementsOf(expected);
        assertThat(text).contains("\"name\":\"flat/lazy\"", "\"name\":\"nested-partial+thunk-parents/lazy\"",
                "\"thunkParents\":true", "\"runs\":2", "\"heapInitialWords\":16384");
    }

    @Test
    void ghcDumpsCompareWithTheValueTheMainOptionNames() {
        CliRunner value = CliRunner.stg("compare", "--runs", "1", "--main", "Church.result", dump("O1", "Church"));
        assertThat(value.err()).isEmpty();
        assertThat(value.status()).isZero();
        assertThat(value.out()).contains("nested-partial/lazy");
    }

    @Test
    void theInputIsWhatTheProgramReads() {
        Path input = Sample.root().resolve("samples/prim/getchar.in");
        CliRunner run = CliRunner.stg("compare", "--runs", "2", "--input", input.toString(), sample("prim/getchar.stg"));
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        // getchar.stg makes ten steps or so per byte it echoes: with the input read, flat takes more than 50.
        String steps = run.out().lines().filter(l -> l.startsWith("steps ")).findFirst().orElseThrow().trim().split(" +")[1];
        assertThat(Long.parseLong(steps.replace(",", ""))).isGreaterThan(50);
    }

    @Test
    void aDisagreementNamesBothConfigurationsAndQuotesTheFirstDifferingLine() throws IOException {
        Path program = dir.resolve("keep.stg");
        Files.writeString(program, KEEPS_CLOSURES);
        CliRunner run = CliRunner.stg("compare", "--runs", "1", "--heap-initial", "32K", "--heap-max", "32K",
                program.toString());
        assertThat(run.status()).isEqualTo(Main.RUNTIME_FAULT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("""
                stg compare: outputs differ: flat/lazy and nested/lazy first differ at output line 1
                  flat/lazy: runtime error: heap exhausted: 4088 live words and a request of 3 do not fit in --heap-max 4096 words
                  nested/lazy: 94600#
                """);
    }

    @Test
    void badOptionsAreUsageErrorsWithExactMessages() throws IOException {
        String f4 = sample("nested/f4.stg");
        assertUsage("stg compare: --modes must list flat, nested, nested-partial (a nested one optionally followed by "
                + "+thunk-parents), not 'deep'\n", "--modes", "flat,deep", f4);
        assertUsage("stg compare: --modes must list flat, nested, nested-partial (a nested one optionally followed by "
                + "+thunk-parents), not 'flat+thunk-parents'\n", "--modes", "flat+thunk-parents", f4);
        assertUsage("stg compare: --access must be one of lazy, eager, auto, not 'sideways'\n", "--access", "lazy,sideways", f4);
        assertUsage("stg compare: --runs must be at least 1\n", "--runs", "0", f4);
        assertUsage("stg compare: --heap-initial is larger than --heap-max\n", "--heap-initial", "1M", "--heap-max", "512K", f4);
        assertUsage("stg compare: --max-steps must be at least 1\n", "--max-steps", "0", f4);
        assertUsage("stg compare: --main names a value of GHC dumps, and " + f4 + " is not a GHC dump\n",
                "--main", "result", f4);
        Path missing = dir.resolve("missing.in");
        CliRunner run = CliRunner.stg("compare", "--input", missing.toString(), f4);
        assertThat(run.status()).isEqualTo(Main.USAGE);
        assertThat(run.err()).startsWith("stg compare: cannot read --input " + missing + ": ");
    }

    private static void assertUsage(String message, String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "compare";
        System.arraycopy(args, 0, line, 1, args.length);
        CliRunner run = CliRunner.stg(line);
        assertThat(run.err()).isEqualTo(message);
        assertThat(run.status()).isEqualTo(Main.USAGE);
        assertThat(run.out()).isEmpty();
    }

    private static List<Long> values(String json, String key) {
        List<Long> values = new ArrayList<>();
        Matcher m = Pattern.compile("\"" + key + "\":([0-9]+)[,}]").matcher(json);
        while (m.find()) values.add(Long.parseLong(m.group(1)));
        return values;
    }
}
