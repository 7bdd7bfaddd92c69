package dev.stg.interp.dump;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.io.InputFile;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.cli.Main;
import dev.stg.interp.machine.Machine;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class HeapDumpTest {

    private static final Path RESOURCES = Path.of("src/test/resources/dump");
    private static final Path CHAIN = RESOURCES.resolve("chain.stg");
    private static final Path SAMPLES = Path.of(System.getProperty("stg.root", "..")).resolve("samples");

    @TempDir
    Path temp;

    @Test
    void aDumpReadBackHasTheSummaryOfTheMachineItCameFrom() throws Exception {
        for (String sample : List.of("basics/map.stg", "basics/sharing.stg", "bench/queens.stg")) {
            Machine machine = run(SAMPLES.resolve(sample), MachineOptions.defaults());
            StringWriter dump = new StringWriter();
            HeapDump.write(machine, dump, "end", null, null);
            HeapImage image = HeapDumpReader.read(new StringReader(dump.toString()), sample);

            assertThat(HeapSummary.of(new HeapGraph(image), false).render())
                    .isEqualTo(HeapSummary.of(machine).render());
            assertThat(image.taken()).isEqualTo("end");
            assertThat(image.globals()).isEqualTo(machine.program().globals());
        }
    }

    @Test
    void summaryShowRetainersAndChainsOfAStepDumpMatchTheirGoldenFiles() throws Exception {
        Path dump = temp.resolve("chain.json");
        assertThat(Main.execute("run", CHAIN.toString(), "--heap-dump", dump.toString(), "--dump-at-step", "45"))
                .isZero();
        HeapInspector inspector = new HeapInspector(HeapDumpReader.read(dump));

        assertThat(inspector.summary()).isEqualTo(golden("chain.summary.golden"));
        assertThat(inspector.show(10)).isEqualTo(golden("chain.show.golden"));
        assertThat(inspector.retainers(18)).isEqualTo(golden("chain.retainers.golden"));
        assertThat(ParentChains.report(inspector.graph())).isEqualTo(golden("chain.chains.golden"));
    }

    @Test
    void retainersCollapseAListSpineAndFindListsAnInfoTablesObjects() throws Exception {
        Path dump = temp.resolve("spine.json");
        assertThat(Main.execute("run", RESOURCES.resolve("spine.stg").toString(), "--heap-dump", dump.toString()))
                .isZero();
        HeapInspector inspector = new HeapInspector(HeapDumpReader.read(dump));
        String found = inspector.find("Nil");
        assertThat(found).startsWith("1 object of info table Nil, 1 reachable:\n  ");
        long nil = Long.parseLong(found.lines().toList().get(1).strip().split(" ")[0]);
        String retainers = inspector.retainers(nil);
        assertThat(retainers).contains("    ... 197 x field 1 of Cons, value of rest ...\n")
                .endsWith("-value-> " + nil + " CON Nil\n");
        assertThat(retainers.lines().count()).isLessThan(20);
        assertThat(inspector.find("Cons")).startsWith("200 objects of info table Cons, 200 reachable:\n");
        assertThat(inspector.find("list")).startsWith("global list: ");
        assertThatThrownBy(() -> inspector.find("nosuch")).hasMessage(
                "no object of an info table named nosuch (stg heap summary lists the info tables)");
    }

    /** The words chains reports saved are the words flat closures would have stored in addition. */
    @Test
    void chainSavingsEqualTheFallOfFvStoresAgainstFlat() throws Exception {
        for (String mode : List.of("nested", "nested-partial")) {
            Path dump = temp.resolve("f10-" + mode + ".json");
            Path nestedStats = temp.resolve("nested.json");
            Path flatStats = temp.resolve("flat.json");
            String f10 = SAMPLES.resolve("nested/f10.stg").toString();
            assertThat(Main.execute("run", f10, "--closures=" + mode, "--heap-dump", dump.toString(),
                    "--stats-json", nestedStats.toString())).isZero();
            assertThat(Main.execute("run", f10, "--stats-json", flatStats.toString())).isZero();
            long fall = fvStores(flatStats) - fvStores(nestedStats);
            assertThat(fall).isEqualTo(25);
            assertThat(ParentChains.report(new HeapInspector(HeapDumpReader.read(dump)).graph()))
                    .endsWith("5 parent edges, " + fall + " words saved (" + fall * 8 + " bytes)\n");
        }
    }

    private static long fvStores(Path statsJson) throws IOException {
        Matcher m = Pattern.compile("\"fvStores\":([0-9]+)").matcher(Files.readString(statsJson));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aStepDumpRecordsTheStepAndTheStack() throws Exception {
        Path dump = temp.resolve("step.json");
        Main.execute("run", CHAIN.toString(), "--heap-dump", dump.toString(), "--dump-at-step", "45");
        HeapImage image = HeapDumpReader.read(dump);

        assertThat(image.taken()).isEqualTo("step 45");
        assertThat(image.frameCount()).isGreaterThan(1);
        assertThat(image.frameInfo(image.frameCount() - 1).name()).isEqualTo("stop");
    }

    @Test
    void infoTablesNameTheirFieldsAndOldDumpsWithoutNamesReadWithPositions() throws Exception {
        Path dump = temp.resolve("names.json");
        Main.execute("run", CHAIN.toString(), "--heap-dump", dump.toString(), "--dump-at-step", "45");
        HeapImage image = HeapDumpReader.read(dump);
        HeapInspector inspector = new HeapInspector(image);
        // The frame of 'case add t a of { t2 -> case add t2 b of { t3 -> h } }' (line 8) saves b and h.
        assertThat(image.frameInfo(0).fieldNames()).containsExactly("b", "h");
        assertThat(inspector.show(10)).contains("  field 0 g = parent mask {0,1} -> 15 FUN g");

        Path old = temp.resolve("old.json");
        Files.writeString(old, Files.readString(dump).replaceAll(",\"fieldNames\":\\[[^\\]]*\\]", ""));
        assertThat(Files.readString(old)).doesNotContain("fieldNames");
        String shown = new HeapInspector(HeapDumpReader.read(old)).show(10);
        assertThat(shown).contains("  field 0 parent mask {0,1} -> 15 FUN g", "  field 1 ptr -> 6 CON Int#");
    }

    @Test
    void anErrorDumpKeepsTheFramesThatLedToTheFault() throws Exception {
        Path dump = temp.resolve("error.json");
        assertThat(Main.execute("run", SAMPLES.resolve("errors/no_match.stg").toString(), "--heap-dump",
                dump.toString())).isEqualTo(1);
        HeapImage image = HeapDumpReader.read(dump);

        assertThat(image.taken()).isEqualTo("error");
        assertThat(image.frameInfo(0).name()).isEqualTo("update");
        assertThat(image.frameInfo(image.frameCount() - 1).name()).isEqualTo("stop");
    }

    @Test
    void theDotGraphHasEveryObjectAndEdgeWithParentEdgesDashed() throws Exception {
        Path dump = temp.resolve("chain.json");
        Main.execute("run", CHAIN.toString(), "--heap-dump", dump.toString(), "--dump-at-step", "45");
        HeapGraph graph = new HeapInspector(HeapDumpReader.read(dump)).graph();
        String dot = DotExport.whole(graph);
        DotGraph parsed = DotGraph.parse(dot);

        int edges = 0;
        for (int o = 0; o < graph.image().objectCount(); o++) edges += graph.edgeCount(o);
        // every object but the DEAD one, which no edge of this dump points at, and the roots
        assertThat(parsed.nodes).contains("n10", "n15", "n18").hasSize(graph.image().objectCount() - 1 + graph.rootCount());
        assertThat(parsed.edges).hasSize(edges + graph.rootCount());
        assertThat(parsed.dashed).containsExactlyInAnyOrder("n10->n15", "n15->n18");

        DotGraph around = DotGraph.parse(DotExport.around(graph, 15, 1));
        assertThat(around.nodes).contains("n10", "n15", "n18");
        renderWithGraphvizIfInstalled(dot);
    }

    @Test
    void aLargeHeapIsDrawnByInfoTableAndDeadOncePerEdge() throws Exception {
        Path spine = temp.resolve("spine.json");
        Main.execute("run", RESOURCES.resolve("spine.stg").toString(), "--heap-dump", spine.toString());
        HeapGraph graph = new HeapInspector(HeapDumpReader.read(spine)).graph();
        assertThat(graph.image().objectCount()).isGreaterThan(DotExport.MAX_OBJECTS);
        String summary = DotExport.whole(graph);
        assertThat(summary).contains("label=\"606 objects by info table (stg heap dot --all draws every object)\"")
                .contains("[label=\"CON Cons\\n200 objects, 600 words\"]")
                .containsPattern("t[0-9]+ -> t[0-9]+ \\[label=\"200 field\"\\]")
                .containsPattern("t[0-9]+ -> t[0-9]+ \\[label=\"199 value\"\\]");
        assertThat(DotGraph.parse(summary).nodes).hasSizeLessThan(20);
        assertThat(DotGraph.parse(DotExport.everyObject(graph)).nodes).hasSizeGreaterThan(600);

        Path partial = temp.resolve("partial.json");
        Main.execute("run", SAMPLES.resolve("nested/space_safety.stg").toString(), "--closures=nested-partial",
                "--heap-dump", partial.toString(), "--dump-at-step", "20000");
        String dot = DotExport.whole(new HeapInspector(HeapDumpReader.read(partial)).graph());
        Matcher dead = Pattern.compile("  (n[0-9]+) -> (dead_[0-9]+_[0-9]+) ").matcher(dot);
        List<String> deadNodes = new ArrayList<>();
        while (dead.find()) deadNodes.add(dead.group(2));
        assertThat(deadNodes).hasSizeGreaterThan(1).doesNotHaveDuplicates();
        assertThat(dot).doesNotContain("DEAD DEAD");
        renderWithGraphvizIfInstalled(summary);
    }

    @Test
    void anAllocationAxisPlacesSamplesByWordsAllocated() throws Exception {
        Path hp = temp.resolve("primes.hp");
        Path stats = temp.resolve("stats.json");
        assertThat(Main.execute("run", SAMPLES.resolve("bench/primes.stg").toString(), "--heap-profile", hp.toString(),
                "--profile-axis", "alloc", "--heap-initial", "64K", "--stats-json", stats.toString())).isZero();
        HpProfile profile = HpProfile.read(hp);
        assertThat(profile.sampleUnit()).isEqualTo("words allocated");
        List<HpProfile.Sample> samples = profile.samples();
        assertThat(samples.size()).isGreaterThan(10);
        for (int i = 1; i < samples.size(); i++) {
            assertThat(samples.get(i).time()).isGreaterThanOrEqualTo(samples.get(i - 1).time());
            assertThat(samples.get(i).time() % 1).isZero();
        }
        Matcher alloc = Pattern.compile("\"allocWords\":([0-9]+)").matcher(Files.readString(stats));
        assertThat(alloc.find()).isTrue();
        assertThat(samples.get(samples.size() - 1).time()).isEqualTo(Double.parseDouble(alloc.group(1)));
        assertThat(ProfileSvg.render(profile)).contains(">words allocated</text>").contains(">10M</text>");
    }

    @Test
    void axisTicksAreRoundNumbersInTheirUnit() {
        assertThat(ProfileSvg.tickStep(0.93, 1000)).isEqualTo(0.2);
        assertThat(ProfileSvg.tickLabel(0.4, 0.2, 1000)).isEqualTo("0.4");
        assertThat(ProfileSvg.tickStep(36_661_022, 1000)).isEqualTo(5_000_000);
        assertThat(ProfileSvg.tickLabel(15_000_000, 5_000_000, 1000)).isEqualTo("15M");
        assertThat(ProfileSvg.tickStep(180_000, 1024)).isEqualTo(50 * 1024);
        assertThat(ProfileSvg.tickLabel(100 * 1024, 50 * 1024, 1024)).isEqualTo("100K");
        assertThat(ProfileSvg.tickLabel(0, 50 * 1024, 1024)).isEqualTo("0");
        assertThat(ProfileSvg.tickStep(700, 1024)).isEqualTo(100);
    }

    @Test
    void aProfileWithoutSamplesWarnsAndSuggestsProfileEvery() {
        String[] run = stg("run", SAMPLES.resolve("basics/map.stg").toString(), "--heap-profile",
                temp.resolve("map.hp").toString());
        assertThat(run[0]).isEqualTo("0");
        assertThat(run[1]).isEqualTo("stg run: warning: " + temp.resolve("map.hp") + " has no samples: no collection "
                + "happened in 54 steps; sample every N steps with --profile-every N (e.g. --profile-every 1), or make "
                + "collections frequent with --heap-initial 64K\n");
    }

    @Test
    void theHeapProfileFollowsGhcsHpFormat() throws Exception {
        CheckedProgram program = Frontend.load(List.of(InputFile.source(SAMPLES.resolve("basics/map.stg"))),
                Optional.empty());
        Machine machine = ProgramRunner.load(program,
                ProgramRunner.Settings.defaults().withMachine(MachineOptions.defaults().withGcStress(true)));
        StringWriter out = new StringWriter();
        HeapProfiler profiler = new HeapProfiler(out, "stg run map.stg",
                ZonedDateTime.of(2024, 3, 7, 9, 5, 0, 0, ZoneOffset.UTC), 0, HeapProfiler.Axis.SECONDS);
        machine.setObserver(profiler);
        machine.evaluateGlobal("main");
        profiler.finish(machine);
        String[] lines = out.toString().split("\n", -1);

        assertThat(lines[0]).isEqualTo("JOB \"stg run map.stg\"");
        assertThat(lines[1]).isEqualTo("DATE \"Thu Mar  7 09:05 2024\"");
        assertThat(lines[2]).isEqualTo("SAMPLE_UNIT \"seconds\"");
        assertThat(lines[3]).isEqualTo("VALUE_UNIT \"bytes\"");
        assertThat(lines[4]).isEqualTo("BEGIN_SAMPLE 0.000000");
        assertThat(lines[5]).isEqualTo("END_SAMPLE 0.000000");
        assertThat(lines[lines.length - 1]).isEmpty();
        Pattern band = Pattern.compile("(FUN|THUNK|CON|PAP):\\S+\t[1-9][0-9]*");
        Pattern time = Pattern.compile("[0-9]+\\.[0-9]{6}");
        String open = null;
        int samples = 0;
        for (int i = 4; i < lines.length - 1; i++) {
            String line = lines[i];
            if (open == null) {
                assertThat(line).startsWith("BEGIN_SAMPLE ");
                open = line.substring(13);
                assertThat(open).matches(time);
                samples++;
            } else if (line.startsWith("END_SAMPLE ")) {
                assertThat(line.substring(11)).isEqualTo(open);
                open = null;
            } else {
                assertThat(line).matches(band);
                assertThat(Long.parseLong(line.substring(line.indexOf('\t') + 1)) % 8).isZero();
            }
        }
        assertThat(open).isNull();
        assertThat(samples).isGreaterThan(3);
        assertThat(out.toString()).contains("THUNK:rest@7:27\t32\n");

        HpProfile read = HpProfile.parse(new java.io.BufferedReader(new StringReader(out.toString())), "map.hp");
        assertThat(read.samples()).hasSize(samples);
        assertThat(ProfileSvg.render(read)).startsWith("<svg").contains("<polygon").contains("THUNK:rest@7:27");
    }

    @Test
    void aTruncatedDumpSaysWhereAndWhatWasExpected() throws Exception {
        Path dump = temp.resolve("chain.json");
        Main.execute("run", CHAIN.toString(), "--heap-dump", dump.toString());
        String text = Files.readString(dump);
        Path truncated = temp.resolve("truncated.json");
        Files.writeString(truncated, text.substring(0, text.indexOf("\"fields\":[{\"int\":1}") + 10));

        assertThatThrownBy(() -> HeapDumpReader.read(truncated))
                .hasMessageMatching(Pattern.quote(truncated.toString()) + ":\\d+:\\d+: expected .*, found the end of the file");
        String[] result = stg("heap", "summary", truncated.toString());
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[1]).startsWith("stg heap: " + truncated + ":").contains("found the end of the file");
    }

    @Test
    void garbageAndWrongDumpsGiveClearErrors() throws Exception {
        assertThat(error("hello")).isEqualTo("g.json:1:1: expected '{' (an object), found 'h'");
        assertThat(error("{\"version\":2}")).isEqualTo("g.json:1:13: unsupported dump version 2 (this reader knows version 1)");
        assertThat(error("{\"taken\":\"end\"}")).isEqualTo("g.json:1:15: \"version\" must be the first member");
        assertThat(error("{\"version\":1,\n\"infos\":[{\"index\":0,\"kind\":\"BLOB\"}]}"))
                .isEqualTo("g.json:2:34: unknown info table kind \"BLOB\"");
        assertThat(error("{\"version\":1,\"infos\":[{\"index\":0,\"kind\":\"CON\",\"fields\":[\"int\"]}],"
                + "\"objects\":[{\"addr\":1,\"info\":0,\"fields\":[]}]}"))
                .isEqualTo("g.json:1:108: object 1 has 0 fields; its info table  has 1");
        assertThat(error("{\"version\":1,\"future\":[1,}")).isEqualTo("g.json:1:26: expected a value (an object, "
                + "array, string, integer, true, false or null), found '}'");
    }

    @Test
    void aFileThatCannotBeOpenedIsAUsageErrorAsForPrograms() throws Exception {
        String[] missing = stg("heap", "chains", temp.resolve("none.json").toString());
        assertThat(missing[0]).isEqualTo("64");
        assertThat(missing[1]).isEqualTo("stg heap: " + temp.resolve("none.json") + ": no such file\n");
        String[] directory = stg("heap", "summary", temp.toString());
        assertThat(directory[0]).isEqualTo("64");
        assertThat(directory[1]).isEqualTo("stg heap: " + temp + ": is a directory, not a file\n");
        Path empty = Files.writeString(temp.resolve("empty.hp"), "");
        String[] profile = stg("heap", "profile", empty.toString(), "--svg", temp.resolve("o.svg").toString());
        assertThat(profile[0]).isEqualTo("64");
        assertThat(profile[1]).isEqualTo("stg heap: " + empty + ": is empty (0 bytes)\n");
    }

    @Test
    void anUnknownMemberNestedSixtyThousandDeepIsSkippedAndAnUnclosedOneIsAnError() throws Exception {
        Path dump = temp.resolve("chain.json");
        Main.execute("run", CHAIN.toString(), "--heap-dump", dump.toString());
        String text = Files.readString(dump);
        int depth = 60_000;
        Path deep = temp.resolve("deep.json");
        Files.writeString(deep, text.replaceFirst("\"version\":1,",
                "\"version\":1,\"future\":" + "[".repeat(depth) + "{\"a\":[1,{}]}" + "]".repeat(depth) + ","));
        String[] plain = stgOut("heap", "summary", dump.toString());
        String[] skipped = stgOut("heap", "summary", deep.toString());
        assertThat(skipped[0]).isEqualTo("0");
        assertThat(skipped[1]).isEqualTo(plain[1]).contains("objects");

        String unclosed = "{\"version\":1,\"future\":" + "[".repeat(depth);
        assertThat(error(unclosed)).isEqualTo("g.json:1:" + (unclosed.length() + 1) + ": expected a value (an "
                + "object, array, string, integer, true, false or null), found the end of the file");
    }

    @Test
    void aDumpThatIsNotUtf8SaysWhere() throws Exception {
        Path dump = temp.resolve("latin1.json");
        Files.write(dump, "{\"version\":1,\n \"taken\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        String[] result = stg("heap", "summary", dump.toString());
        assertThat(result[0]).isEqualTo("2");
        assertThat(result[1]).isEqualTo("stg heap: " + dump + ":2:14: byte 0xE9 at byte offset 27 is not UTF-8 (a dump is UTF-8 JSON)\n");
    }

    @Test
    void aHeapProfileWithInfiniteNanOrNegativeNumbersIsRefusedWithItsPosition() {
        String head = "JOB \"stg run x\"\nDATE \"now\"\nSAMPLE_UNIT \"seconds\"\nVALUE_UNIT \"bytes\"\n";
        assertThat(hpError(head + "BEGIN_SAMPLE Infinity\nEND_SAMPLE Infinity\n"))
                .isEqualTo("x.hp:5:14: expected a sample time in seconds (a non-negative decimal number such as 0.25),"
                        + " found 'Infinity'");
        assertThat(hpError(head + "BEGIN_SAMPLE  NaN\nEND_SAMPLE NaN\n"))
                .isEqualTo("x.hp:5:15: expected a sample time in seconds (a non-negative decimal number such as 0.25),"
                        + " found 'NaN'");
        assertThat(hpError(head + "BEGIN_SAMPLE -1.0\nEND_SAMPLE -1.0\n"))
                .isEqualTo("x.hp:5:14: expected a sample time in seconds (a non-negative decimal number such as 0.25),"
                        + " found '-1.0'");
        assertThat(hpError(head + "BEGIN_SAMPLE 0.5\nFUN:f\t-64\nEND_SAMPLE 0.5\n"))
                .isEqualTo("x.hp:6:7: expected a byte count after the tab (a non-negative integer of at most 18 digits),"
                        + " found '-64'");
        assertThat(hpError(head + "BEGIN_SAMPLE 0.5\nFUN:f\tInfinity\nEND_SAMPLE 0.5\n"))
                .isEqualTo("x.hp:6:7: expected a byte count after the tab (a non-negative integer of at most 18 digits),"
                        + " found 'Infinity'");
        assertThat(hpError(head + "BEGIN_SAMPLE 0.5\nEND_SAMPLE 0.25\n"))
                .isEqualTo("x.hp:6:12: END_SAMPLE time differs from its BEGIN_SAMPLE");
        assertThat(hpError("DATE now\n")).isEqualTo("x.hp:1:6: expected a quoted string");
    }

    private static String hpError(String hp) {
        try {
            HpProfile.parse(new java.io.BufferedReader(new StringReader(hp)), "x.hp");
        } catch (DumpFormatException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for " + hp);
    }

    private static String error(String json) {
        try {
            HeapDumpReader.read(new StringReader(json), "g.json");
        } catch (DumpFormatException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for " + json);
    }

    private static Machine run(Path file, MachineOptions options) throws InputFile.Unreadable {
        CheckedProgram program = Frontend.load(List.of(InputFile.source(file)), Optional.empty());
        ProgramRunner.Outcome outcome = ProgramRunner.runMain(program,
                ProgramRunner.Settings.defaults().withMachine(options));
        assertThat(outcome.succeeded()).isTrue();
        return outcome.machine();
    }

    private static String golden(String name) throws IOException {
        return Files.readString(RESOURCES.resolve(name));
    }

    /** Runs the CLI; returns the exit status and stdout. */
    private static String[] stgOut(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        int status = Main.execute(new java.io.PrintWriter(out, true), new java.io.PrintWriter(new StringWriter(), true), args);
        return new String[]{String.valueOf(status), out.toString()};
    }

    /** Runs the CLI; returns the exit status and stderr. */
    private static String[] stg(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new String[]{String.valueOf(Main.execute(args)), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(saved);
        }
    }

    private void renderWithGraphvizIfInstalled(String dot) throws Exception {
        boolean installed = System.getenv("PATH") != null && List.of(System.getenv("PATH").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "dot")));
        assumeTrue(installed, "Graphviz dot is not installed");
        Path in = temp.resolve("heap.dot");
        Files.writeString(in, dot);
        Process p = new ProcessBuilder("dot", "-Tsvg", in.toString(), "-o", temp.resolve("heap.svg").toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    /** Just enough of DOT to read back what {@link DotExport} writes: node and edge statements. */
    private static final class DotGraph {
        final List<String> nodes = new ArrayList<>();
        final List<String> edges = new ArrayList<>();
        final List<String> dashed = new ArrayList<>();

        static DotGraph parse(String dot) {
            DotGraph g = new DotGraph();
            assertThat(dot).startsWith("digraph heap {\n").endsWith("}\n");
            Pattern edge = Pattern.compile("\\s*(\\w+) -> (\\w+)( \\[(.*)])?;");
            Pattern node = Pattern.compile("\\s*(\\w+) \\[(.*)];");
            for (String line : dot.split("\n")) {
                Matcher e = edge.matcher(line);
                Matcher n = node.matcher(line);
                if (e.matches()) {
                    g.edges.add(e.group(1) + "->" + e.group(2));
                    if (e.group(4) != null && e.group(4).contains("style=dashed")) g.dashed.add(e.group(1) + "->" + e.group(2));
                } else if (n.matches() && !n.group(1).equals("node")) {
                    g.nodes.add(n.group(1));
                }
            }
            return g;
        }
    }
}
