package dev.stg.core;

import dev.stg.core.analysis.Boxity;
import dev.stg.core.analysis.BoxityAnalysis;
import dev.stg.core.analysis.ConstructorArityChecker;
import dev.stg.core.analysis.FormChecker;
import dev.stg.core.analysis.JoinPointChecker;
import dev.stg.core.analysis.FreeVariables;
import dev.stg.core.analysis.ScopeChecker;
import dev.stg.core.diag.Diagnostics;
import dev.stg.core.diag.StaticErrorException;
import dev.stg.core.ghc.GhcDump;
import dev.stg.core.ghc.GhcDumpParser;
import dev.stg.core.ghc.GhcLink;
import dev.stg.core.parse.Dialect;
import dev.stg.core.parse.Parsers;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.DataDecl;
import dev.stg.core.syntax.NestedEntryPaths;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Source files to a checked program: parse, fill in ministg's implicit free variables, restore
 * the heads short nested entries leave out, check scope, free-variable lists, forms and
 * constructor arities, infer boxity. Every error of every
 * file is collected before failing with {@link StaticErrorException}.
 */
public final class Frontend {

    /** Whether the program must define {@code main}: a run needs it, a REPL session does not. */
    public enum Main { REQUIRED, OPTIONAL }

    private Frontend() {
    }

    /**
     * Loads files as one program (later files see earlier files' globals).
     *
     * @param dialect the dialect of every file, or empty to detect it per file
     */
    public static CheckedProgram load(List<SourceFile> files, Optional<Dialect> dialect) {
        Diagnostics diags = new Diagnostics();
        Parsed parsed = parse(files, dialect, diags);
        diags.throwIfAny();
        Span whereMainBelongs = files.isEmpty() ? Span.NONE : Span.point(files.get(files.size() - 1).name(), 1, 1);
        return check(parsed.program(), parsed.lastDialect(), diags, Main.REQUIRED, whereMainBelongs);
    }

    /**
     * GHC's dumps of a program's modules, imported, linked with the built-ins and checked, with
     * {@code main} the given entry (GHC's IO main, or a value to print).
     */
    public static CheckedProgram loadGhc(List<SourceFile> dumps, GhcLink.Entry entry) {
        Diagnostics diags = new Diagnostics();
        List<GhcDump> parsed = new ArrayList<>();
        for (SourceFile dump : dumps) GhcDumpParser.parse(dump, diags).ifPresent(parsed::add);
        diags.throwIfAny();
        return loadGhcDumps(parsed, entry);
    }

    /** Dumps already read (a library's, read once and shared by many programs), linked and checked. */
    public static CheckedProgram loadGhcDumps(List<GhcDump> dumps, GhcLink.Entry entry) {
        Diagnostics diags = new Diagnostics();
        Optional<Program> program = GhcLink.link(dumps, Optional.of(entry), diags);
        diags.throwIfAny();
        Span whereMainBelongs = dumps.isEmpty() ? Span.NONE : Span.point(dumps.get(dumps.size() - 1).file(), 1, 1);
        return check(program.orElseThrow(), Dialect.GHC, diags, Main.REQUIRED, whereMainBelongs);
    }

    /** The globals of files read as one program, unchecked, and the dialect of the last file. */
    public record Parsed(Program program, Dialect lastDialect) {
    }

    /**
     * Parses files as one program; ministg's implicit free-variable lists are filled in. A file
     * whose dialect was detected as ministg and that has syntax errors gets a note saying why it
     * was read so. In a ministg file a global replaces an earlier one of the same name, as
     * ministg's global map does; in the native dialect the scope checker reports the duplicate.
     *
     * @param dialect the dialect of every file, or empty to detect it per file
     */
    public static Parsed parse(List<SourceFile> files, Optional<Dialect> dialect, Diagnostics diags) {
        List<Binding> bindings = new ArrayList<>();
        List<DataDecl> dataDecls = new ArrayList<>();
        List<GhcDump> dumps = new ArrayList<>();
        Map<String, Integer> firstByName = new HashMap<>();
        Dialect last = dialect.orElse(Dialect.NATIVE);
        for (SourceFile file : files) {
            diags.addSource(file);
            if (dialect.orElse(Dialect.detect(file.text())) == Dialect.GHC) {
                last = Dialect.GHC;
                GhcDumpParser.parse(file, diags).ifPresent(dumps::add);
                continue;
            }
            Optional<Dialect.Evidence> evidence = dialect.isPresent() ? Optional.empty()
                    : Dialect.ministgEvidence(file.text());
            last = dialect.orElse(evidence.isPresent() ? Dialect.MINISTG : Dialect.NATIVE);
            int errorsBefore = diags.errorCount();
            Program parsed = Parsers.parse(file, last, diags);
            dataDecls.addAll(parsed.dataDecls());
            if (diags.errorCount() > errorsBefore) evidence.ifPresent(e -> diags.note(file.name(), whyMinistg(e)));
            for (Binding b : (last == Dialect.MINISTG ? FreeVariables.fill(parsed) : parsed).bindings()) {
                Integer earlier = firstByName.putIfAbsent(b.name(), bindings.size());
                if (earlier != null && last == Dialect.MINISTG) {
                    bindings.set(earlier, b);
                } else {
                    bindings.add(b);
                }
            }
        }
        if (!dumps.isEmpty() && !diags.hasErrors()) {
            // An IO program's dumps run as stg run runs any program; a value needs stg ghc --main.
            boolean definesMain = bindings.stream().anyMatch(b -> b.name().equals("main"));
            boolean ioProgram = dumps.stream().anyMatch(d -> d.binding(GhcLink.IO_MAIN).isPresent());
            Optional<GhcLink.Entry> entry = !definesMain && ioProgram ? Optional.of(new GhcLink.Entry.Io()) : Optional.empty();
            GhcLink.link(dumps, entry, diags).ifPresent(p -> {
                dataDecls.addAll(p.dataDecls());
                bindings.addAll(p.bindings());
            });
        }
        return new Parsed(new Program(dataDecls, bindings), last);
    }

    private static String whyMinistg(Dialect.Evidence e) {
        return "read as bjpop/ministg's dialect because of '" + e.keyword() + "' at " + e.line() + ":" + e.column()
                + "; if this is a native STG file, run with --dialect native";
    }

    /**
     * Checks an already-built program (from the nesting pass or the REPL).
     *
     * @param sources the files its spans point into, so errors quote their lines
     */
    public static CheckedProgram check(Program program, Dialect dialect, List<SourceFile> sources, Main main) {
        Diagnostics diags = new Diagnostics();
        sources.forEach(diags::addSource);
        Span whereMainBelongs = sources.isEmpty() ? Span.NONE : Span.point(sources.get(sources.size() - 1).name(), 1, 1);
        return check(program, dialect, diags, main, whereMainBelongs);
    }

    private static CheckedProgram check(Program written, Dialect dialect, Diagnostics diags, Main main,
                                        Span whereMainBelongs) {
        Program program = NestedEntryPaths.expand(written);
        ScopeChecker.check(program, diags);
        FormChecker.check(program, diags);
        ConstructorArityChecker.check(program, diags);
        JoinPointChecker.check(program, diags);
        if (main == Main.REQUIRED) FormChecker.requireMain(program, whereMainBelongs, diags);
        diags.throwIfAny();
        // Only on an otherwise valid program: a wrong name or mixed alternatives would also show as boxity conflicts.
        Boxity boxity = BoxityAnalysis.analyze(program, diags);
        diags.throwIfAny();
        return new CheckedProgram(program, boxity, dialect);
    }
}
