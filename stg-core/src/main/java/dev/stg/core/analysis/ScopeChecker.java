package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Var;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lexical scoping and free-variable lists: unbound variables, duplicate binders (globals, one
 * let/letrec group, one parameter list, one pattern, one free-variable list), and every
 * closure's free-variable list (exactness and nested entries, see {@link FreeVarListChecker}).
 * A name refers to its innermost binder; names bound nowhere locally must be globals.
 */
public final class ScopeChecker {

    private final Diagnostics diags;
    private final Set<String> globals;

    private ScopeChecker(Diagnostics diags, Set<String> globals) {
        this.diags = diags;
        this.globals = globals;
    }

    public static void check(Program program, Diagnostics diags) {
        Map<String, Binder> globals = new LinkedHashMap<>();
        for (Binding b : program.bindings()) {
            Binder first = globals.putIfAbsent(b.name(), b.binder());
            if (first != null) {
                diags.error(b.binder().span(), "duplicate global '" + b.name() + "'",
                        "one definition of '" + b.name() + "'; it is already defined at " + first.span().location());
            }
        }
        ScopeChecker checker = new ScopeChecker(diags, globals.keySet());
        for (Binding b : program.bindings()) checker.closure(b, Scope.top());
    }

    private void closure(Binding binding, Scope site) {
        FreeVarListChecker list = new FreeVarListChecker(binding, site, globals, diags);
        list.resolve();
        Map<String, Local> params = distinctBinders(binding.lambda().params(), "parameter");
        expr(binding.lambda().body(), site.enter(list.frame()).bind(params));
        list.checkExact();
    }

    private void expr(Expr expr, Scope scope) {
        expr.accept(new Expr.Visitor<Void>() {
            @Override
            public Void let(Expr.Let let) {
                ScopeChecker.this.let(let, scope);
                return null;
            }

            @Override
            public Void join(Expr.Join join) {
                ScopeChecker.this.join(join, scope);
                return null;
            }

            @Override
            public Void caseOf(Expr.Case c) {
                expr(c.scrutinee(), scope);
                for (Alt alt : c.alts()) {
                    expr(alt.body(), scope.bind(distinctBinders(alt.binders(), "pattern variable")));
                }
                return null;
            }

            @Override
            public Void app(Expr.App app) {
                variable(app.function(), scope);
                atoms(app.args(), scope);
                return null;
            }

            @Override
            public Void conApp(Expr.ConApp con) {
                atoms(con.args(), scope);
                return null;
            }

            @Override
            public Void primApp(Expr.PrimApp prim) {
                atoms(prim.args(), scope);
                return null;
            }

            @Override
            public Void lit(Lit lit) {
                return null;
            }
        });
    }

    private void let(Expr.Let let, Scope scope) {
        Map<String, Local> group = new HashMap<>();
        Scope withGroup = scope.bind(group);
        Scope rhsScope = let.recursive() ? withGroup : scope;
        String kind = let.recursive() ? "letrec" : "let";
        for (Binding b : let.bindings()) {
            Local first = group.putIfAbsent(b.name(), Local.closure(b.binder(), b.lambda(), rhsScope));
            if (first != null) {
                diags.error(b.binder().span(), "duplicate binding '" + b.name() + "' in one " + kind + " group",
                        "distinct names; '" + b.name() + "' is already bound at " + first.binder().span().location());
            }
        }
        for (Binding b : let.bindings()) closure(b, rhsScope);
        expr(let.body(), withGroup);
    }

    /**
     * Scoped as a let group whose members' lists are checked as closures' lists are; a join point
     * is opaque (never the head of a nested entry: it has no heap object to reach through).
     */
    private void join(Expr.Join join, Scope scope) {
        Map<String, Local> group = new HashMap<>();
        Scope withGroup = scope.bind(group);
        Scope rhsScope = join.recursive() ? withGroup : scope;
        String kind = join.recursive() ? "joinrec" : "join";
        for (Binding b : join.bindings()) {
            Local first = group.putIfAbsent(b.name(), Local.opaque(b.binder()));
            if (first != null) {
                diags.error(b.binder().span(), "duplicate binding '" + b.name() + "' in one " + kind + " group",
                        "distinct names; '" + b.name() + "' is already bound at " + first.binder().span().location());
            }
        }
        for (Binding b : join.bindings()) closure(b, rhsScope);
        expr(join.body(), withGroup);
    }

    private void atoms(List<Atom> atoms, Scope scope) {
        for (Atom atom : atoms) if (atom instanceof Var v) variable(v, scope);
    }

    private void variable(Var v, Scope scope) {
        Scope.Lookup lookup = scope.lookup(v.name(), false, Optional.of(v.span()));
        if (!lookup.found() && !lookup.listedPlain() && !globals.contains(v.name())) {
            diags.error(v.span(), "unbound variable '" + v.name() + "'",
                    "a parameter, a free variable, a let or case binder in scope, or a global");
        }
    }

    private Map<String, Local> distinctBinders(List<Binder> binders, String kind) {
        Map<String, Local> bound = new HashMap<>();
        for (Binder b : binders) {
            Local first = bound.putIfAbsent(b.name(), Local.opaque(b));
            if (first != null) {
                diags.error(b.span(), "duplicate " + kind + " '" + b.name() + "'",
                        "distinct names; '" + b.name() + "' is already bound at " + first.binder().span().location());
            }
        }
        return bound;
    }
}
