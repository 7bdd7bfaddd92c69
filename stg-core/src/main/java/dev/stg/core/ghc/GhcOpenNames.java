package dev.stg.core.ghc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The names a piece of GHC's STG uses without binding them, in order of first use. */
final class GhcOpenNames {

    private GhcOpenNames() {
    }

    static void collect(GhcExpr e, Set<String> bound, Set<String> out) {
        if (e instanceof GhcExpr.App app) {
            use(app.function(), bound, out);
            atoms(app.args(), bound, out);
        } else if (e instanceof GhcExpr.ConApp con) {
            atoms(con.args(), bound, out);
        } else if (e instanceof GhcExpr.OpApp op) {
            atoms(op.args(), bound, out);
        } else if (e instanceof GhcExpr.Let let) {
            Set<String> inner = with(bound, let.bindings().bindings().stream().map(b -> b.binder().name()).toList());
            Set<String> rhsScope = let.bindings() instanceof GhcBindingGroup.Rec ? inner : bound;
            for (GhcBinding b : let.bindings().bindings()) rhs(b.rhs(), rhsScope, out);
            collect(let.body(), inner, out);
        } else if (e instanceof GhcExpr.Case c) {
            collect(c.scrutinee(), bound, out);
            Set<String> withBinder = with(bound, c.binder().map(b -> List.of(b.name())).orElse(List.of()));
            for (GhcAlt a : c.alts()) collect(a.body(), with(withBinder, a.binders().stream().map(GhcBinder::name).toList()), out);
        }
    }

    private static void rhs(GhcRhs rhs, Set<String> bound, Set<String> out) {
        if (rhs instanceof GhcRhs.Closure c) {
            collect(c.body(), with(bound, c.params().stream().map(GhcBinder::name).toList()), out);
        } else if (rhs instanceof GhcRhs.ConClosure con) {
            atoms(con.args(), bound, out);
        }
    }

    private static void atoms(List<GhcAtom> atoms, Set<String> bound, Set<String> out) {
        for (GhcAtom a : atoms) if (a instanceof GhcAtom.Var v) use(v.name(), bound, out);
    }

    private static void use(GhcName name, Set<String> bound, Set<String> out) {
        String n = GhcNames.variable(name);
        if (!bound.contains(n) && !n.equals(GhcNames.VOID_ARG)) out.add(n);
    }

    private static Set<String> with(Set<String> bound, List<GhcName> names) {
        if (names.isEmpty()) return bound;
        Set<String> extended = new HashSet<>(bound);
        names.forEach(n -> extended.add(GhcNames.variable(n)));
        return extended;
    }
}
