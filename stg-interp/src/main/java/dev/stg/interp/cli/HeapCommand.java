package dev.stg.interp.cli;

import dev.stg.core.io.InputFile;
import dev.stg.interp.dump.DotExport;
import dev.stg.interp.dump.DumpFormatException;
import dev.stg.interp.dump.HeapDumpReader;
import dev.stg.interp.dump.HeapInspector;
import dev.stg.interp.dump.HpProfile;
import dev.stg.interp.dump.ParentChains;
import dev.stg.interp.dump.ProfileSvg;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code stg heap}: inspect a heap dump written by {@code stg run --heap-dump}, or draw a heap
 * profile. As for programs, a file that cannot be opened is a usage error (exit status 64) and a
 * file whose content is malformed is exit status 2, with the file, position and what was expected.
 */
@Command(name = "heap", mixinStandardHelpOptions = true,
        description = "Inspect a heap dump (summary, show, find, retainers, chains, dot) or draw a heap profile.",
        subcommands = {HeapCommand.Summary.class, HeapCommand.Show.class, HeapCommand.Find.class,
            HeapCommand.Retainers.class,
            HeapCommand.Chains.class, HeapCommand.Dot.class, HeapCommand.Profile.class})
public final class HeapCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A report of one dump: the shared loading and error handling. */
    abstract static class DumpReport implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DUMP", description = "A heap dump (stg run --heap-dump).")
        Path dump;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract String report(HeapInspector inspector);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                out.print(report(new HeapInspector(HeapDumpReader.read(dump))));
                out.flush();
                return Main.OK;
            } catch (DumpFormatException e) {
                err.println("stg heap: " + e.getMessage());
                return Main.STATIC_ERROR;
            } catch (InputFile.Unreadable e) {
                err.println("stg heap: " + e.getMessage());
                return Main.USAGE;
            } catch (IllegalArgumentException e) {
                err.println("stg heap: " + dump + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
    }

    @Command(name = "summary", mixinStandardHelpOptions = true,
            description = "Objects, words and share per kind and per info table.")
    static final class Summary extends DumpReport {
        @Override
        String report(HeapInspector inspector) {
            return inspector.summary();
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One object: its fields, its parent chain, its distance from the roots.")
    static final class Show extends DumpReport {
        @Parameters(index = "1", paramLabel = "ADDR")
        long address;

        @Override
        String report(HeapInspector inspector) {
            return inspector.show(address);
        }
    }

    @Command(name = "find", mixinStandardHelpOptions = true,
            description = "The addresses of the objects of an info table, by number or name, and of the global of that name.")
    static final class Find extends DumpReport {
        @Parameters(index = "1", paramLabel = "INFO|NAME")
        String query;

        @Override
        String report(HeapInspector inspector) {
            return inspector.find(query);
        }
    }

    @Command(name = "retainers", mixinStandardHelpOptions = true,
            description = "Why an object is alive: shortest paths from the roots.")
    static final class Retainers extends DumpReport {
        @Parameters(index = "1", paramLabel = "ADDR")
        long address;

        @Override
        String report(HeapInspector inspector) {
            return inspector.retainers(address);
        }
    }

    @Command(name = "chains", mixinStandardHelpOptions = true,
            description = "Parent chains of nested closures and the words they save.")
    static final class Chains extends DumpReport {
        @Override
        String report(HeapInspector inspector) {
            return ParentChains.report(inspector.graph());
        }
    }

    @Command(name = "dot", mixinStandardHelpOptions = true,
            description = "The object graph in Graphviz DOT (parent edges dashed).")
    static final class Dot extends DumpReport {
        @Parameters(index = "1", paramLabel = "ADDR", arity = "0..1",
                description = "Draw only the neighbourhood of this object.")
        Long address;

        @Option(names = "--depth", paramLabel = "N", defaultValue = "2",
                description = "Edges (either way) from ADDR to include (default: ${DEFAULT-VALUE}).")
        int depth;

        @Option(names = "--all", description = "Draw every object even in a heap of more than "
                + DotExport.MAX_OBJECTS + " objects (otherwise drawn by info table).")
        boolean all;

        @Override
        String report(HeapInspector inspector) {
            if (address != null) return DotExport.around(inspector.graph(), address, depth);
            return all ? DotExport.everyObject(inspector.graph()) : DotExport.whole(inspector.graph());
        }
    }

    @Command(name = "profile", mixinStandardHelpOptions = true,
            description = "Draw a heap profile (.hp) as an SVG stacked area chart.")
    static final class Profile implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.hp")
        Path profile;

        @Option(names = "--svg", paramLabel = "OUT.svg", required = true)
        Path svg;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                Files.writeString(svg, ProfileSvg.render(HpProfile.read(profile)));
                return Main.OK;
            } catch (DumpFormatException e) {
                err.println("stg heap: " + e.getMessage());
                return Main.STATIC_ERROR;
            } catch (InputFile.Unreadable e) {
                err.println("stg heap: " + e.getMessage());
                return Main.USAGE;
            } catch (IOException e) {
                err.println("stg heap: cannot write " + svg + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
    }
}
