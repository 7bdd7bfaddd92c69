package dev.stg.interp.repl;

import dev.stg.core.CheckedProgram;
import dev.stg.core.Frontend;
import dev.stg.core.analysis.FreeVariables;
import dev.stg.core.diag.Diagnostics;
import dev.stg.core.io.InputFile;
import dev.stg.interp.run.GhcCompiler;
import dev.stg.core.parse.Dialect;
import dev.stg.core.parse.Parsers;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.DataDecl;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Adds or replaces the globals {@code bindings}, typed as {@code source}. A binding that
     * reads {@code it} reads the value it names now, as in GHCi: that value is kept under the
     * hidden name {@code hidden}.
     */
    Workspace define(List<Binding> bindings, SourceFile source, String hidden) {
        Map<String, Binding> merged = new LinkedHashMap<>(typed);
        Optional<Binding> it = program().global(TypedInput.IT);
        for (Binding b : bindings) {
            boolean readsIt = it.isPresent() && !b.name().equals(TypedInput.IT) && GlobalRename.uses(b, TypedInput.IT);
            merged.put(b.name(), readsIt ? GlobalRename.apply(b, TypedInput.IT, hidden) : b);
            if (readsIt) merged.put(hidden, named(hidden, it.get()));
        }
        return withTyped(merged, source);
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

    /**
     * This workspace's program plus {@code it}, the expression being evaluated, checked. The
     * value {@code it} named until now is renamed {@code previous} (and every use of it, so a
     * global that reads {@code it} does not read the expression being evaluated); null when
     * there is no {@code it} yet.
     */
    CheckedProgram checkEvaluation(Binding it, String previous, SourceFile source) {
        List<Binding> bindings = new ArrayList<>();
        for (Binding b : program().bindings()) {
            if (previous == null) {
                bindings.add(b);
                continue;
            }
            Binding renamed = GlobalRename.apply(b, TypedInput.IT, previous);
            bindings.add(b.name().equals(TypedInput.IT) ? named(previous, renamed) : renamed);
        }
        bindings.add(it);
        List<SourceFile> sources = sources();
        sources.add(source);
        return Frontend.check(new Program(program().dataDecls(), bindings), dialect, sources, Frontend.Main.OPTIONAL);
    }

    /**
     * After a successful evaluation: {@code it} names the expression just evaluated, which
     * reads the earlier value (if it does) under the hidden name {@code previous}.
     */
    Workspace evaluated(Binding it, String previous, SourceFile source) {
        Map<String, Binding> merged = new LinkedHashMap<>(typed);
        if (previous != null) {
            Binding old = program().global(TypedInput.IT).orElseThrow();
            merged.put(previous, named(previous, GlobalRename.apply(old, TypedInput.IT, previous)));
        }
        merged.put(TypedInput.IT, it);
        return withTyped(merged, source);
    }

    /** With {@code merged} as the typed bindings, less the hidden values no other binding reads. */
    private Workspace withTyped(Map<String, Binding> merged, SourceFile source) {
        Set<String> read = new HashSet<>();
        List<Binding> readers = new ArrayList<>(fileGlobals);
        merged.values().stream().filter(b -> !TypedInput.isHidden(b.name())).forEach(readers::add);
        while (!readers.isEmpty()) {
            Binding reader = readers.remove(readers.size() - 1);
            for (Binding hidden : merged.values()) {
                if (TypedInput.isHidden(hidden.name()) && !read.contains(hidden.name())
                        && GlobalRename.uses(reader, hidden.name())) {
                    read.add(hidden.name());
                    readers.add(hidden);
                }
            }
        }
        merged.keySet().removeIf(name -> TypedInput.isHidden(name) && !read.contains(name));
        List<SourceFile> sources = new ArrayList<>(typedSources);
        sources.add(source);
        return build(files, fileSources, program().dataDecls(), fileGlobals, merged, sources, dialect);
    }

    private static Binding named(String name, Binding b) {
        return new Binding(new Binder(name, b.binder().span()), b.lambda());
    }

    private static Workspace withFiles(List<Path> paths, List<SourceFile> sources, Map<String, Binding> typed,
                                       List<SourceFile> typedSources) {
        Diagnostics diags = new Diagnostics();
        Frontend.Parsed parsed = Frontend.parse(sources, Optional.empty(), diags);
        diags.throwIfAny();
        return build(List.copyOf(paths), sources, parsed.program().dataDecls(), parsed.program().bindings(), typed, typedSources,
                parsed.lastDialect());
    }

    /** Parses one text in {@code dialect}; ministg's implicit free-variable lists are filled in. */
    static Program parse(SourceFile source, Dialect dialect, Diagnostics diags) {
        // After GHC's dumps are loaded, what is typed is native STG that uses their names.
        Program parsed = Parsers.parse(source, dialect == Dialect.GHC ? Dialect.NATIVE : dialect, diags);
        return dialect == Dialect.MINISTG ? FreeVariables.fill(parsed) : parsed;
    }

    private static Workspace build(List<Path> files, List<SourceFile> fileSources, List<DataDecl> dataDecls,
                                   List<Binding> fileGlobals,
                                   Map<String, Binding> typed, List<SourceFile> typedSources, Dialect dialect) {
        List<Binding> bindings = new ArrayList<>();
        for (Binding b : fileGlobals) bindings.add(typed.getOrDefault(b.name(), b));
        for (Binding b : typed.values()) {
            if (fileGlobals.stream().noneMatch(f -> f.name().equals(b.name()))) bindings.add(b);
        }
        List<SourceFile> sources = new ArrayList<>(fileSources);
        sources.addAll(typedSources);
        CheckedProgram checked = Frontend.check(new Program(dataDecls, bindings), dialect, sources, Frontend.Main.OPTIONAL);
        return new Workspace(files, List.copyOf(fileSources), List.copyOf(fileGlobals),
                Collections.unmodifiableMap(new LinkedHashMap<>(typed)),
                List.copyOf(typedSources), dialect, checked);
    }

    /**
     * The files' texts; Haskell files ({@code .hs}) are compiled together with GHC at -O0 and
     * stand for their modules' dumps, as {@code stg ghc} imports them.
     */
    private static List<SourceFile> read(List<Path> paths) throws Unreadable {
        try {
            List<Path> haskell = paths.stream().filter(p -> p.toString().endsWith(".hs")).toList();
            List<SourceFile> sources = new ArrayList<>(InputFile.sources(paths.stream().filter(p -> !haskell.contains(p)).toList()));
            if (!haskell.isEmpty()) sources.addAll(GhcCompiler.dumps("ghc", haskell, 0, List.of(), null,
                    notice -> System.err.println(":load: " + notice)));
            return sources;
        } catch (InputFile.Unreadable e) {
            throw new Unreadable(e.getMessage());
        } catch (GhcCompiler.Failure e) {
            throw new Unreadable(":load: " + e.getMessage());
        }
    }
}
