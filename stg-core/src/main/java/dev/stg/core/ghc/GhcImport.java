package dev.stg.core.ghc;

import dev.stg.core.analysis.FreeVariables;
import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.DataDecl;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Program;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * GHC's final STG (one or several modules' dumps, linked by their qualified names) to the
 * machine's {@link Program}: names kept as GHC spells them, GHC's free-variable lists checked
 * against the project's own analysis, the State# token erased, {@code tagToEnum#} desugared,
 * the dumps' data families declared. docs/ghc-stg.md says how each construct is translated.
 * Every error names the construct and its file:line:col in the dump.
 */
public final class GhcImport {

    private GhcImport() {
    }

    /**
     * The dumps' program, or empty after recording its errors in {@code diags}.
     *
     * @param builtIn the built-in data declarations (GHC.Types, GHC.Tuple): the families of
     *                {@code tagToEnum#} on Bool and Ordering; not repeated in the result
     * @param builtInGlobals the names the built-ins library defines, which a dump may use
     */
    public static Optional<Program> translate(List<GhcDump> dumps, List<DataDecl> builtIn, Set<String> builtInGlobals,
                                              Diagnostics diags) {
        int errorsBefore = diags.errorCount();
        ConstructorFamilies families = new ConstructorFamilies(builtIn);
        Set<String> globals = new HashSet<>(builtInGlobals);
        Map<String, GhcLiteral.StringLit> topStrings = new java.util.HashMap<>();
        Map<String, Integer> diverging = new java.util.HashMap<>();
        for (GhcDump dump : dumps) {
            try {
                families.addDump(dump);
            } catch (ImportError e) {
                diags.error(e.span, e.getMessage());
            }
            for (GhcBinding b : dump.bindings()) {
                String name = GhcNames.variable(b.binder().name());
                b.binder().idInfo().filter(GhcIdInfo::diverges)
                        .ifPresent(info -> diverging.put(name, info.arity().orElse(0)));
                if (b.rhs() instanceof GhcRhs.TopString s) {
                    topStrings.put(name, s.literal());
                } else if (!globals.add(name) && !builtInGlobals.contains(name)) {
                    diags.error(b.binder().span(), "'" + name + "' is defined twice in the linked dumps");
                }
            }
        }
        GhcTranslator translator = new GhcTranslator(families, globals, topStrings, diverging);
        List<Binding> bindings = new ArrayList<>();
        for (GhcDump dump : dumps) {
            for (GhcBindingGroup group : dump.groups()) {
                try {
                    for (GhcBinding b : group.bindings()) {
                        if (!(b.rhs() instanceof GhcRhs.TopString)) bindings.add(translator.topLevel(b));
                    }
                } catch (ImportError e) {
                    diags.error(e.span, e.getMessage());
                }
            }
        }
        if (diags.errorCount() > errorsBefore) return Optional.empty();
        Program program = new Program(families.imported(builtIn), bindings);
        checkFreeVariables(program, translator.ghcLists(), diags);
        if (diags.errorCount() > errorsBefore) return Optional.empty();
        return Optional.of(FreeVariables.fill(program));
    }

    /**
     * GHC's list of every closure that has one must name the same variables as the project's
     * own analysis finds; the order may differ (the program keeps the analysis's order).
     */
    private static void checkFreeVariables(Program program, Map<LambdaForm, GhcTranslator.Origin> ghcLists,
                                           Diagnostics diags) {
        Map<LambdaForm, List<FreeVarEntry>> ours = FreeVariables.exactLists(program);
        IdentityHashMap<LambdaForm, GhcTranslator.Origin> origins = new IdentityHashMap<>(ghcLists);
        origins.forEach((lambda, origin) -> {
            Set<String> theirs = new TreeSet<>(origin.ghcList());
            Set<String> mine = ours.getOrDefault(lambda, List.of()).stream().map(FreeVarEntry::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!theirs.equals(mine)) {
                diags.error(origin.span(), "GHC's free variables of " + origin.closure() + " are {"
                        + String.join(", ", origin.ghcList()) + "} but the closure uses {" + String.join(", ", mine) + "}");
            }
        });
    }
}
