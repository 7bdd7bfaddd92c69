import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.ghc.GhcLink;
import dev.stg.core.nest.ClosureMode;
import dev.stg.core.nest.Nesting;
import dev.stg.core.nest.NestingOptions;
import dev.stg.core.syntax.SourceFile;
import dev.stg.interp.code.AccessStrategy;
import dev.stg.interp.machine.MachineOptions;
import dev.stg.interp.run.ProgramRunner;
import dev.stg.interp.stats.Stats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The tables of docs/nesting.md ("Choosing K", "Choosing the access strategy"): the machine's
 * counters summed over samples/bench, samples/ghc (value programs at -O0 and -O1) and
 * samples/hs (at -O0 and -O1, with the library's dumps; programs taking arguments left out),
 * per configuration, and a check that every configuration prints what flat lazy prints.
 * Run from the repository root, after `./stg` has built the jar:
 * {@code java -cp stg-interp/target/stg.jar stg-bench/NestingTable.java}
 */
public class NestingTable {

    record Config(NestingOptions nesting, AccessStrategy access) {
        public String toString() {
            return nesting.mode().cliName() + (nesting.mode() == ClosureMode.FLAT ? "" : " K=" + nesting.threshold()
                    + (nesting.thunkParents() ? " thunk-parents" : "")) + " " + access.cliName();
        }
    }

    /** One program: how to load it (flat) and its stdin. */
    record Program(String group, String name, Supplier<CheckedProgram> load, List<SourceFile> sources, byte[] stdin) {
    }

    public static void main(String[] args) throws IOException {
        List<Program> programs = programs();
        List<Config> configs = new ArrayList<>();
        configs.add(new Config(NestingOptions.of(ClosureMode.FLAT), AccessStrategy.LAZY));
        for (int k = 1; k <= 4; k++) {
            configs.add(new Config(NestingOptions.of(ClosureMode.NESTED).withThreshold(k), AccessStrategy.LAZY));
        }
        for (int k = 1; k <= 4; k++) {
            configs.add(new Config(NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThreshold(k).withThunkParents(true),
                    AccessStrategy.LAZY));
        }
        for (AccessStrategy access : List.of(AccessStrategy.EAGER, AccessStrategy.AUTO)) {
            configs.add(new Config(NestingOptions.of(ClosureMode.FLAT), access));
            configs.add(new Config(NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThunkParents(true), access));
        }
        configs.add(new Config(NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThunkParents(true), AccessStrategy.LAZY));
        Map<String, String> reference = new LinkedHashMap<>();
        System.out.println("| group | configuration | steps | allocWords | fvStores | fvLoads | parentHops | mutator ms |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (String group : programs.stream().map(Program::group).distinct().toList()) {
            for (Config config : configs) {
                long[] sum = new long[6];
                for (Program p : programs) {
                    if (!p.group().equals(group)) continue;
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    CheckedProgram nested = Nesting.rewrite(p.load().get(), config.nesting(), p.sources(),
                            Frontend.Main.REQUIRED);
                    ProgramRunner.Outcome outcome = ProgramRunner.runMain(nested, ProgramRunner.Settings.defaults()
                            .withAccess(config.access()).withMachine(MachineOptions.defaults()
                                    .withIO(new ByteArrayInputStream(p.stdin()), out).withStackMax(1 << 24)));
                    String printed = outcome.output() + "|" + out + "|" + outcome.exitStatus();
                    String key = group + "/" + p.name();
                    String expected = reference.putIfAbsent(key, printed);
                    if (expected != null && !expected.equals(printed)) {
                        throw new IllegalStateException(key + " in " + config + " printed " + printed + ", flat lazy " + expected);
                    }
                    Stats s = outcome.stats();
                    long[] row = {s.steps, s.allocWords, s.fvStores, s.fvLoads, s.parentHops, s.mutatorNanos / 1_000_000};
                    for (int i = 0; i < row.length; i++) sum[i] += row[i];
                }
                System.out.printf("| %s | %s | %,d | %,d | %,d | %,d | %,d | %,d |%n", group, config,
                        sum[0], sum[1], sum[2], sum[3], sum[4], sum[5]);
            }
        }
    }

    static List<Program> programs() throws IOException {
        List<Program> programs = new ArrayList<>();
        for (Path stg : list(Path.of("samples/bench"), ".stg")) {
            List<SourceFile> sources = List.of(new SourceFile(stg.toString(), Files.readString(stg)));
            programs.add(new Program("bench", stg.getFileName().toString(),
                    () -> Frontend.load(sources, Optional.empty()), sources, new byte[0]));
        }
        for (String level : List.of("O0", "O1")) {
            for (Path hs : list(Path.of("samples/ghc"), ".hs")) {
                String name = hs.getFileName().toString().replace(".hs", "");
                Path out = hs.resolveSibling(name + ".out");
                if (!Files.exists(out) || Files.readString(hs).lines().anyMatch(l -> l.startsWith("main ::"))) continue;
                Path dump = Path.of("samples/ghc", level, name + ".dump-stg-final");
                List<SourceFile> sources = List.of(new SourceFile(dump.toString(), Files.readString(dump)));
                programs.add(new Program("ghc " + level, name,
                        () -> Frontend.loadGhc(sources, new GhcLink.Entry.Value(name + ".result")), sources, new byte[0]));
            }
        }
        for (String level : List.of("O0", "O1")) {
            List<SourceFile> lib = new ArrayList<>();
            for (Path dump : list(Path.of("samples/hs/lib", level), ".dump-stg-final")) {
                lib.add(new SourceFile(dump.toString(), Files.readString(dump)));
            }
            for (Path hs : list(Path.of("samples/hs"), ".hs")) {
                String name = hs.getFileName().toString().replace(".hs", "");
                if (Files.exists(hs.resolveSibling(name + ".args"))) continue;
                Path dump = Path.of("samples/hs", level, name + ".dump-stg-final");
                List<SourceFile> sources = new ArrayList<>(lib);
                sources.add(new SourceFile(dump.toString(), Files.readString(dump)));
                Path in = hs.resolveSibling(name + ".in");
                byte[] stdin = Files.exists(in) ? Files.readAllBytes(in) : new byte[0];
                programs.add(new Program("hs " + level, name, () -> Frontend.loadGhc(sources, new GhcLink.Entry.Io()),
                        sources, stdin));
            }
        }
        return programs;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
