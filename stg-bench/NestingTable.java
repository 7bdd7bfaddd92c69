import dev.stg.core.CheckedProgram;
import dev.stg.core.DeepStack;
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
import java.io.UncheckedIOException;
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
 * counters summed over samples/bench, samples/nested and samples/ghc (the value programs'
 * dumps at -O0 and -O1), per configuration, and a check that every configuration prints what
 * flat lazy prints.
 * Run from the repository root, after `./stg` has built the jar:
 * {@code java -cp stg-interp/target/stg.jar stg-bench/NestingTable.java}
 */
public class NestingTable {

    record Config(NestingOptions nesting, AccessStrategy access) {
        public String toString() {
            return nesting.mode().cliName() + (nesting.mode() == ClosureMode.FLAT ? "" : " K=" + nesting.threshold()
                    + (nesting.thunkParents() ? " thunk-parents" : "") + (nesting.siblings() ? " siblings" : ""))
                    + " " + access.cliName();
        }
    }

    /** One program: how to load it (flat). */
    record Program(String group, String name, Supplier<CheckedProgram> load, List<SourceFile> sources) {
    }

    /** Runs on a deep stack, as every command does; {@code args} may name the groups to measure (e.g. {@code "ghc O0"}). */
    public static void main(String[] args) {
        DeepStack.call(() -> {
            try {
                table(List.of(args));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    static void table(List<String> only) throws IOException {
        List<Program> programs = programs().stream().filter(p -> only.isEmpty() || only.contains(p.group())).toList();
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
        configs.add(new Config(NestingOptions.of(ClosureMode.NESTED_PARTIAL).withThunkParents(true).withSiblings(true),
                AccessStrategy.LAZY));
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
                    ProgramRunner.Outcome outcome;
                    try {
                        outcome = ProgramRunner.runMain(nested, ProgramRunner.Settings.defaults()
                            .withAccess(config.access()).withMachine(MachineOptions.defaults()
                                    .withIO(new ByteArrayInputStream(new byte[0]), out).withStackMax(1 << 24)));
                    } catch (RuntimeException e) {
                        throw new IllegalStateException(group + "/" + p.name() + " in " + config + ": " + e, e);
                    }
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
                    () -> Frontend.load(sources, Optional.empty()), sources));
        }
        Path prelude = Path.of("lib/Prelude.stg");
        for (Path stg : list(Path.of("samples/nested"), ".stg")) {
            String text = Files.readString(stg);
            List<SourceFile> sources = new ArrayList<>();
            if (text.lines().findFirst().orElse("").contains("(with lib/Prelude.stg)")) {
                sources.add(new SourceFile(prelude.toString(), Files.readString(prelude)));
            }
            sources.add(new SourceFile(stg.toString(), text));
            programs.add(new Program("nested", stg.getFileName().toString(),
                    () -> Frontend.load(sources, Optional.empty()), sources));
        }
        for (String level : List.of("O0", "O1")) {
            for (Path hs : list(Path.of("samples/ghc"), ".hs")) {
                String name = hs.getFileName().toString().replace(".hs", "");
                Path out = hs.resolveSibling(name + ".out");
                if (!Files.exists(out) || Files.readString(hs).lines().anyMatch(l -> l.startsWith("main ::"))) continue;
                Path dump = Path.of("samples/ghc", level, name + ".dump-stg-final");
                List<SourceFile> sources = List.of(new SourceFile(dump.toString(), Files.readString(dump)));
                programs.add(new Program("ghc " + level, name,
                        () -> Frontend.loadGhc(sources, new GhcLink.Entry.Value(name + ".result")), sources));
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
