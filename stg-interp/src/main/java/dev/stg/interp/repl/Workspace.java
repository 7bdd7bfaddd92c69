package dev.stg.interp.repl;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.analysis.FreeVariables;
import dev.stg.core.diag.Diagnostics;
import dev.stg.core.io.InputFile;
import dev.stg.core.parse.Dialect;
import dev.stg.core.parse.Parsers;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a REPL session has defined: the loaded files and the bindings typed at the prompt, as
 * one checked program. Immutable: every change builds and checks a new workspace, so a change
 * that fails (unreadable file, static error) leaves the session's workspace as it was.
 *
 * @param files       the loaded files, for {@code :reload}
 * @param fileSources their texts, for diagnostics
 * @param fileGlobals the globals of the files, in order
 * @param typed       the bindings typed at the prompt, by name, in the order first typed
 * @param typedSources the texts of the inputs that defined them
 * @param dialect     the dialect of the last loaded file (native when none): expressions are read in it
 */
record Workspace(List<Path> files, List<SourceFile> fileSources, List<Binding> fileGlobals,
                 Map<String, Binding> typed, List<SourceFile> typedSources, Dialect dialect,
                 CheckedProgram checked) {

    /** A file that cannot be read: reported as a usage error. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    static Workspace empty() {
        return new Workspace(List.of(), List.of(), List.of(), Map.of(), List.of(), Dialect.NATIVE,
                Frontend.check(new Program(List.of()), Dialect.NATIVE, List.of(), Frontend.Main.OPTIONAL));
    }

    /** Loads {@code paths} in place of the loaded files; typed bindings are dropped, as in GHCi. */
    Workspace load(List<Path> paths) throws Unreadable {
        return withFiles(paths, read(paths), Map.of(), List.of());
    }

    /** Reads the loaded files again, keeping the typed bindings. */
    Workspace reload() throws Unreadable {
        return withFiles(files, read(files), typed, typedSources);
    }

    /** Adds or replaces the globals {@code bindings}, typed as {@code source}. */
    Workspace define(List<Binding> bindings, SourceFile source) {
        Map<String, Binding> merged = new LinkedHashMap<>(typed);
        for (Binding b : bindings) merged.put(b.name(), b);
        List<SourceFile> sources = new ArrayList<>(typedSources);
        sources.add(source);
        return build(files, fileSources, fileGlobals, merged, sources, dialect);
    }

    /** The whole program: file globals, each replaced by a typed binding of its name, then the other typed ones. */
    Program program() {
        return checked.program();
    }

    List<SourceFile> sources() {
        List<SourceFile> all = new ArrayList<>(fileSources);
        all.addAll(typedSources);
        return all;
    }

    /** This workspace's program plus {@code extra} (the expression being evaluated), checked. */
    CheckedProgram checkWith(Binding extra, SourceFile source) {
        List<Binding> bindings = new ArrayList<>();
        for (Binding b : program().bindings()) if (!b.name().equals(extra.name())) bindings.add(b);
        bindings.add(extra);
        List<SourceFile> sources = sources();
        sources.add(source);
        return Frontend.check(new Program(bindings), dialect, sources, Frontend.Main.OPTIONAL);
    }

    private static Workspace withFiles(List<Path> paths, List<SourceFile> sources, Map<String, Binding> typed,
                                       List<SourceFile> typedSources) {
        Diagnostics diags = new Diagnostics();
        Frontend.Parsed parsed = Frontend.parse(sources, Optional.empty(), diags);
        diags.throwIfAny();
        return build(List.copyOf(paths), sources, parsed.program().bindings(), typed, typedSources,
                parsed.lastDialect());
    }

    /** Parses one text in {@code dialect}; ministg's implicit free-variable lists are filled in. */
    static Program parse(SourceFile source, Dialect dialect, Diagnostics diags) {
        Program parsed = new Program(Parsers.parse(source, dialect, diags));
        return dialect == Dialect.MINISTG ? FreeVariables.fill(parsed) : parsed;
    }

    private static Workspace build(List<Path> files, List<SourceFile> fileSources, List<Binding> fileGlobals,
                                   Map<String, Binding> typed, List<SourceFile> typedSources, Dialect dialect) {
        List<Binding> bindings = new ArrayList<>();
        for (Binding b : fileGlobals) bindings.add(typed.getOrDefault(b.name(), b));
        for (Binding b : typed.values()) {
            if (fileGlobals.stream().noneMatch(f -> f.name().equals(b.name()))) bindings.add(b);
        }
        List<SourceFile> sources = new ArrayList<>(fileSources);
        sources.addAll(typedSources);
        CheckedProgram checked = Frontend.check(new Program(bindings), dialect, sources, Frontend.Main.OPTIONAL);
        return new Workspace(files, List.copyOf(fileSources), List.copyOf(fileGlobals),
                Collections.unmodifiableMap(new LinkedHashMap<>(typed)),
                List.copyOf(typedSources), dialect, checked);
    }

    private static List<SourceFile> read(List<Path> paths) throws Unreadable {
        try {
            return InputFile.sources(paths);
        } catch (InputFile.Unreadable e) {
            throw new Unreadable(e.getMessage());
        }
    }
}
