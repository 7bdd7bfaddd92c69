package dev.stg.core.ghc;

import dev.stg.core.Frontend;
import dev.stg.core.analysis.FreeVariables;
import dev.stg.core.diag.Diagnostics;
import dev.stg.core.parse.Dialect;
import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.DataDecl;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.Var;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One program from GHC's dumps: the modules imported together ({@link GhcImport}), linked with
 * the built-ins library (ghc-prim's and base's pieces no dump contains, the resource
 * {@code builtins.stg}), and given a {@code main}: the program's IO {@code :Main.main}, or the
 * top-level value the user names.
 */
public final class GhcLink {

    /** GHC's wrapper of a program's {@code main}: it calls {@code runMainIO} on it. */
    public static final String IO_MAIN = ":Main.main";
    /**
     * The built-ins library, resources next to this class: GHC.Types, GHC.CString and base's
     * few pieces in builtins.stg, then one file per larger module of ghc-prim or ghc-bignum.
     */
    public static final List<String> BUILTINS = List.of("builtins.stg", "GHC.Classes.stg", "GHC.Num.Integer.stg");

    private GhcLink() {
    }

    /** What {@code main} is: the IO program's, or a value to print. */
    public sealed interface Entry {
        /** {@code :Main.main} (or the one {@code M.main}), run for its effects; its {@code ()} is not printed. */
        record Io() implements Entry {
        }

        /** A top-level value ({@code T.result}, or {@code result} when one module's name is unique). */
        record Value(String name) implements Entry {
        }
    }

    public static List<SourceFile> builtinsSources() {
        return BUILTINS.stream().map(GhcLink::resource).toList();
    }

    private static SourceFile resource(String name) {
        try (InputStream in = GhcLink.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the resource " + name + " is missing from the build");
            return new SourceFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The linked program, or empty after recording the errors in {@code diags}.
     *
     * @param entry empty for no {@code main} (the REPL, or a native file defining one)
     */
    public static Optional<Program> link(List<GhcDump> dumps, Optional<Entry> entry, Diagnostics diags) {
        Program builtins = Frontend.parse(builtinsSources(), Optional.of(Dialect.NATIVE), diags).program();
        if (diags.hasErrors()) return Optional.empty();
        Set<String> builtInNames = builtins.bindings().stream().map(Binding::name).collect(Collectors.toSet());
        Optional<Program> imported = GhcImport.translate(dumps, builtins.dataDecls(), builtInNames, diags);
        if (imported.isEmpty()) return Optional.empty();
        List<DataDecl> decls = new ArrayList<>(builtins.dataDecls());
        decls.addAll(imported.get().dataDecls());
        // A dump that defines a built-in's name replaces it: the project's Haskell library
        // (docs/prelude-hs.md) is base and defines patError and recSelError itself.
        Set<String> defined = imported.get().bindings().stream().map(Binding::name).collect(Collectors.toSet());
        List<Binding> bindings = new ArrayList<>(builtins.bindings().stream().filter(b -> !defined.contains(b.name())).toList());
        bindings.addAll(imported.get().bindings());
        Program program = new Program(decls, bindings);
        if (entry.isEmpty()) return Optional.of(program);
        int errorsBefore = diags.errorCount();
        qualifiedNamesAreDefined(program, diags);
        if (diags.errorCount() > errorsBefore) return Optional.empty();
        Span where = dumps.isEmpty() ? Span.NONE : Span.point(dumps.get(dumps.size() - 1).file(), 1, 1);
        Optional<Binding> main = mainFor(entry.get(), program, where, diags);
        if (main.isEmpty()) return Optional.empty();
        bindings.add(main.get());
        return Optional.of(new Program(decls, bindings));
    }

    /**
     * A whole program (one with an entry) uses no qualified name, another module's global, that
     * neither a linked dump nor the built-ins define: a module not linked in, or a name of
     * ghc-prim, ghc-bignum or base the built-ins do not stand in for. Said so once per name and
     * global, at its first use; the scope check would only call it an unbound variable and
     * expect a parameter or a binder. (Without an entry, the REPL may define it later.)
     */
    private static void qualifiedNamesAreDefined(Program program, Diagnostics diags) {
        Set<String> globals = program.bindings().stream().map(Binding::name).collect(Collectors.toSet());
        for (Binding b : program.bindings()) {
            FreeVariables.openNames(b.lambda()).forEach((name, use) -> {
                String module = GhcNames.module(name);
                if (module.isEmpty() || globals.contains(name)) return;
                diags.error(use, "'" + name + "' is not defined: no linked dump defines it (module " + module
                                + "), and the machine's built-ins do not",
                        "the dump of the module that defines it, or only the names of ghc-prim, ghc-bignum and "
                                + "base that the built-ins supply (docs/ghc-stg.md, \"Built-ins\")");
            });
        }
    }

    /**
     * {@code main = \ -> case :Main.main 0# of { Solo# r -> r }} for an IO program (non-updatable:
     * evaluating it runs the program), {@code main = \ => T.result} for a value.
     */
    private static Optional<Binding> mainFor(Entry entry, Program program, Span where, Diagnostics diags) {
        Binder main = new Binder("main", Span.NONE);
        if (entry instanceof Entry.Io) {
            Optional<String> action = ioMain(program, where, diags);
            if (action.isEmpty()) return Optional.empty();
            Binder r = new Binder("_r", Span.NONE);
            Expr run = new Expr.Case(new Expr.App(new Var(action.get(), Span.NONE), List.of(new Lit(0, Span.NONE)), Span.NONE),
                    List.of(new Alt.ConAlt("Solo#", List.of(r), new Expr.App(new Var(r.name(), Span.NONE), List.of(), Span.NONE),
                            Span.NONE)), Span.NONE);
            return Optional.of(new Binding(main, new LambdaForm(List.of(), false, List.of(), run, Span.NONE)));
        }
        String wanted = ((Entry.Value) entry).name();
        Optional<String> name = resolve(wanted, program, where, diags);
        return name.map(n -> new Binding(main, new LambdaForm(List.of(), true, List.of(),
                new Expr.App(new Var(n, Span.NONE), List.of(), Span.NONE), Span.NONE)));
    }

    /**
     * GHC's {@code :Main.main} when a module is Main; else the one module's exported
     * {@code M.main} (a program whose main module has another name, built without
     * {@code -main-is}).
     */
    private static Optional<String> ioMain(Program program, Span where, Diagnostics diags) {
        if (program.global(IO_MAIN).isPresent()) return Optional.of(IO_MAIN);
        List<String> mains = program.bindings().stream().map(Binding::name)
                .filter(n -> n.endsWith(".main") && Character.isUpperCase(n.charAt(0))).toList();
        if (mains.size() == 1) return Optional.of(mains.get(0));
        diags.error(where, mains.isEmpty() ? "the dumps define no IO main (" + IO_MAIN + " or M.main)"
                + "; a module without one is run with stg ghc --main NAME" : "several modules define main: "
                + String.join(", ", mains) + "; say which with stg ghc --main NAME");
        return Optional.empty();
    }

    /** {@code T.result} exactly, or {@code result} if exactly one module defines it. */
    private static Optional<String> resolve(String wanted, Program program, Span where, Diagnostics diags) {
        if (program.global(wanted).isPresent()) return Optional.of(wanted);
        List<String> candidates = program.bindings().stream().map(Binding::name)
                .filter(n -> n.endsWith("." + wanted) && Character.isUpperCase(n.charAt(0))
                        && n.substring(0, n.length() - wanted.length() - 1).chars().allMatch(c -> c == '.' || Character.isLetterOrDigit(c)))
                .toList();
        if (candidates.size() == 1) return Optional.of(candidates.get(0));
        diags.error(where, candidates.isEmpty() ? "no top-level value " + wanted + " in the dumps"
                : wanted + " is ambiguous: " + String.join(", ", candidates), "a qualified name such as T.result");
        return Optional.empty();
    }

}
