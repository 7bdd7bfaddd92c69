package dev.stg.interp.repl;

import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;
import dev.stg.interp.code.CompiledProgram;
import dev.stg.interp.code.InfoTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code :info NAME}: every closure named NAME (a global, or a local bound by let or letrec)
 * as the machine lays it out in the session's closure mode: kind, arity, free variables,
 * the info table's fields with their types, the masks of parent fields and the parent.
 */
final class ClosureInfo {

    private final Program program;
    private final CompiledProgram compiled;

    ClosureInfo(Program program, CompiledProgram compiled) {
        this.program = program;
        this.compiled = compiled;
    }

    /** The description of every closure named {@code name}; empty when there is none. */
    String describe(String name) {
        List<Binding> named = bindings(name);
        StringBuilder out = new StringBuilder();
        for (InfoTable info : compiled.infos().all()) {
            if (!info.name.equals(name) || info.kind.isFrame() || info.span == null || !info.span.isKnown()) continue;
            named.stream().filter(b -> b.lambda().span().equals(info.span)).findFirst()
                    .ifPresent(b -> describe(b.lambda(), info, out));
        }
        return out.toString();
    }

    private void describe(LambdaForm lambda, InfoTable info, StringBuilder out) {
        out.append(String.format(Locale.ROOT, "%s (%s)%n", info.name, info.span.location()));
        out.append("  kind          ").append(kind(lambda)).append('\n');
        out.append("  free vars     ").append(header(lambda)).append('\n');
        out.append(String.format(Locale.ROOT, "  info table    #%d %s: header%s, %d field%s%n", info.index, info.kind,
                info.firstField == 2 ? ", update slot" : "", info.fieldCount(), info.fieldCount() == 1 ? "" : "s"));
        List<FreeVarEntry> entries = lambda.freeVars();
        String parent = info.fieldCount() == 0 ? "none" : "none: every free variable is copied into the closure";
        for (int i = 0; i < info.fieldCount(); i++) {
            FreeVarEntry entry = i < entries.size() ? entries.get(i) : null;
            String label = entry == null ? "" : entry.name();
            String type = switch (info.fieldTypes[i]) {
                case InfoTable.INT -> "Int#";
                case InfoTable.PTR -> "pointer";
                default -> "parent pointer, mask " + mask(info.parentMask(i), entry);
            };
            out.append(String.format(Locale.ROOT, "    field %-3d %-12s %s%n", i, label, type));
            if (info.fieldTypes[i] == InfoTable.PARENT) {
                parent = label + " (field " + i + "), reaching " + reached(entry);
            }
        }
        out.append("  parent        ").append(parent).append('\n');
    }

    private static String kind(LambdaForm lambda) {
        if (lambda.isFunction()) return "function, arity " + lambda.arity();
        return lambda.isThunk() ? "thunk, updatable" : "closure, not updatable";
    }

    /** {@code \(a p{b c}) x y ->} */
    private static String header(LambdaForm lambda) {
        StringBuilder s = new StringBuilder("\\(");
        s.append(lambda.freeVars().stream().map(ClosureInfo::entry).collect(Collectors.joining(" "))).append(')');
        for (var param : lambda.params()) s.append(' ').append(param.name());
        return s.append(lambda.isThunk() ? " =>" : " ->").toString();
    }

    private static String entry(FreeVarEntry e) {
        if (e instanceof FreeVarEntry.Parent p) {
            return p.name() + "{" + p.reached().stream().map(ClosureInfo::entry).collect(Collectors.joining(" ")) + "}";
        }
        return e.name();
    }

    private static String reached(FreeVarEntry entry) {
        return entry instanceof FreeVarEntry.Parent p
                ? p.reached().stream().map(ClosureInfo::entry).collect(Collectors.joining(" ")) : "";
    }

    /** The fields a parent edge keeps alive: "all fields", or their numbers. */
    private static String mask(long mask, FreeVarEntry entry) {
        if (mask == InfoTable.ALL_FIELDS) return "all fields (nested: the child reads every field)";
        List<String> fields = new ArrayList<>();
        for (int f = 0; f < 64; f++) if (InfoTable.demands(mask, f)) fields.add(Integer.toString(f));
        return "fields {" + String.join(" ", fields) + "} of " + (entry == null ? "the parent" : entry.name());
    }

    private List<Binding> bindings(String name) {
        List<Binding> found = new ArrayList<>();
        TreeRewriter finder = new TreeRewriter() {
            @Override
            void seen(Binding b) {
                if (b.name().equals(name)) found.add(b);
            }
        };
        for (Binding b : program.bindings()) finder.binding(b);
        return found;
    }
}
