package dev.stg.core.ghc;

import dev.stg.core.analysis.FreeVariables;
import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.DataDecl;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.FreeVarEntry;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.UnboxedTuples;
import dev.stg.core.syntax.Var;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Translates one dump's bindings, construct by construct (docs/ghc-stg.md, "How each construct
 * maps onto the machine"). It walks with the locals in scope, to tell GHC's stale dead binders
 * from truly dead ones, and with the type of the current tail position, which
 * {@code tagToEnum#} needs.
 */
final class GhcTranslator {

    /** Where a closure's GHC free-variable list came from, for the check against the analysis. */
    record Origin(String closure, List<String> ghcList, Span span) {
    }

    /** The locals in scope: a persistent list, each scope sharing its parent. */
    private record Scope(String name, Scope parent) {
        static boolean contains(Scope scope, String name) {
            for (Scope s = scope; s != null; s = s.parent) if (s.name.equals(name)) return true;
            return false;
        }

        static Scope with(Scope scope, List<String> names) {
            for (String n : names) scope = new Scope(n, scope);
            return scope;
        }
    }

    private static final String DEAD = "_";

    private final ConstructorFamilies families;
    private final Set<String> globals;
    private final Map<String, GhcLiteral.StringLit> topStrings;
    private final Map<LambdaForm, Origin> ghcLists = new IdentityHashMap<>();
    private int fresh;
    /** The globals GHC found never return once given this many arguments ({@code Str=...b}). */
    private final Map<String, Integer> diverging;

    GhcTranslator(ConstructorFamilies families, Set<String> globals, Map<String, GhcLiteral.StringLit> topStrings,
                  Map<String, Integer> diverging) {
        this.families = families;
        this.globals = globals;
        this.topStrings = topStrings;
        this.diverging = diverging;
    }

    Map<LambdaForm, Origin> ghcLists() {
        return ghcLists;
    }

    Binding topLevel(GhcBinding b) {
        return binding(b, null);
    }

    private Binding binding(GhcBinding b, Scope scope) {
        String name = GhcNames.variable(b.binder().name());
        return new Binding(new Binder(name, b.binder().name().span()), rhs(name, b.binder().type(), b.rhs(), scope));
    }

    private LambdaForm rhs(String name, Optional<GhcType> type, GhcRhs rhs, Scope scope) {
        if (rhs instanceof GhcRhs.ConClosure con) {
            // No GHC list to check: the analysis fills it in.
            return new LambdaForm(List.of(), false, List.of(), conApp(con.constructor(), con.args(), con.span()), con.span());
        }
        if (rhs instanceof GhcRhs.TopString s) {
            throw new ImportError(s.span(), "a string literal is bound only at top level, not in a let (" + name + ")");
        }
        GhcRhs.Closure c = (GhcRhs.Closure) rhs;
        List<Binder> params = new ArrayList<>();
        for (GhcBinder p : c.params()) {
            params.add(p.name().text().equals(GhcNames.VOID_PARAM) ? freshBinder("token", p.name().span())
                    : new Binder(GhcNames.variable(p.name()), p.name().span()));
        }
        Optional<GhcType> result = type.flatMap(t -> GhcTypes.afterArguments(t, c.params().size()));
        Expr body = expr(c.body(), Scope.with(scope, params.stream().map(Binder::name).toList()), result);
        // GHC promises a \s thunk is entered once, so like GHC it gets no update frame.
        boolean updatable = c.flag() == GhcRhs.UpdateFlag.UPDATABLE;
        List<FreeVarEntry> fvs = c.freeVars().stream()
                .map(n -> (FreeVarEntry) new FreeVarEntry.Plain(GhcNames.variable(n), n.span())).toList();
        LambdaForm lambda = new LambdaForm(fvs, updatable, params, body, c.span());
        ghcLists.put(lambda, new Origin(name, fvs.stream().map(FreeVarEntry::name).toList(), c.span()));
        return lambda;
    }

    private Expr expr(GhcExpr e, Scope scope, Optional<GhcType> tailType) {
        if (e instanceof GhcExpr.App app) return app(app);
        if (e instanceof GhcExpr.ConApp con) return conApp(con.constructor(), con.args(), con.span());
        if (e instanceof GhcExpr.Lit lit) return literal(lit.literal());
        if (e instanceof GhcExpr.OpApp op) return opApp(op, tailType.flatMap(GhcTypes::head), List.of());
        if (e instanceof GhcExpr.Let let) return let(let, scope, tailType);
        return caseOf((GhcExpr.Case) e, scope, tailType);
    }

    private Expr app(GhcExpr.App app) {
        String name = GhcNames.variable(app.function());
        GhcLiteral.StringLit string = topStrings.get(name);
        if (string != null) {
            if (!app.args().isEmpty()) throw new ImportError(app.span(), "the string " + name + " is applied to arguments");
            return literal(string, app.function().span());
        }
        Expr call = new Expr.App(new Var(name, app.function().span()), atoms(app.args()), app.span());
        Integer arity = diverging.get(name);
        if (arity == null || app.args().size() < arity) return call;
        // A call that never returns stands for a value of any type, an unboxed tuple too
        // (error in a function returning (# a, b #)); the machine's types are representations,
        // so the call is made in a case whose raise# is never reached and takes any.
        Binder never = freshBinder("bottom", app.span());
        return new Expr.Case(call, List.of(new Alt.VarAlt(never, new Expr.PrimApp(PrimOp.RAISE,
                List.of(new Var(never.name(), app.span())), app.span()), app.span())), app.span());
    }

    private Expr conApp(GhcName constructor, List<GhcAtom> args, Span span) {
        return new Expr.ConApp(GhcNames.name(constructor), atoms(args), span);
    }

    private Expr let(GhcExpr.Let let, Scope scope, Optional<GhcType> tailType) {
        boolean recursive = let.bindings() instanceof GhcBindingGroup.Rec;
        List<String> names = let.bindings().bindings().stream().map(b -> GhcNames.variable(b.binder().name())).toList();
        Scope inner = Scope.with(scope, names);
        Scope rhsScope = recursive ? inner : scope;
        List<Binding> bindings = let.bindings().bindings().stream().map(b -> binding(b, rhsScope)).toList();
        Expr body = expr(let.body(), inner, tailType);
        return let.noEscape() ? new Expr.Join(recursive, bindings, body, let.span())
                : new Expr.Let(recursive, bindings, body, let.span());
    }

    /** A primop or foreign call; {@code family} is the data type a {@code tagToEnum#} returns. */
    private Expr opApp(GhcExpr.OpApp op, Optional<String> family, List<GhcAlt> scrutinisedBy) {
        List<Atom> args = opAtoms(op.args());
        if (op.op() instanceof GhcOp.ForeignCall call) {
            // A foreign call's result comes back bare; GHC's code expects it in a Solo#.
            Expr ccall = new Expr.PrimApp(foreignCall(call, args.size()), args, op.span());
            Binder r = freshBinder("r", op.span());
            return new Expr.Case(ccall, List.of(new Alt.VarAlt(r, new Expr.ConApp("Solo#",
                    List.of(new Var(r.name(), op.span())), op.span()), op.span())), op.span());
        }
        String symbol = ((GhcOp.PrimOp) op.op()).name();
        if (symbol.equals("tagToEnum#")) return tagToEnum(op, args, family, scrutinisedBy);
        PrimOp prim = PrimOp.bySymbol(symbol).filter(p -> !p.isForeignCall())
                .orElseThrow(() -> new ImportError(op.op().span(), "unknown primop " + symbol
                        + ": the machine implements GHC.Prim's primops listed in docs/ghc-stg.md"));
        if (prim.arity() != args.size()) {
            throw new ImportError(op.span(), "primop " + symbol + " takes " + prim.arity() + " argument(s), not " + args.size());
        }
        return new Expr.PrimApp(prim, args, op.span());
    }

    /** The C name alone says which call it is: the unit is the importing package ({@code main}, {@code base-4.15.1.0}). */
    private static PrimOp foreignCall(GhcOp.ForeignCall call, int args) {
        Optional<PrimOp> op = PrimOp.bySymbol(call.label()).filter(PrimOp::isForeignCall);
        if (op.isEmpty()) {
            throw new ImportError(call.span(), "unsupported foreign call " + call.unit() + ":" + call.label()
                    + ": the machine implements only " + PrimOp.foreignCallNames());
        }
        if (op.get().arity() != args) {
            throw new ImportError(call.span(), "foreign call " + call.label() + " takes " + op.get().arity()
                    + " argument(s), not " + args);
        }
        return op.get();
    }

    /**
     * {@code tagToEnum# x} is a case on the Int# that returns the family's constructor of that
     * tag; any other tag raises, as GHC's code would have read past the family's table.
     */
    private Expr tagToEnum(GhcExpr.OpApp op, List<Atom> args, Optional<String> family, List<GhcAlt> scrutinisedBy) {
        Optional<String> fromAlts = scrutinisedBy.stream().filter(a -> a.pattern() instanceof GhcAlt.ConPattern)
                .map(a -> families.familyOf(GhcNames.name(((GhcAlt.ConPattern) a.pattern()).constructor()))).flatMap(Optional::stream)
                .findFirst();
        DataDecl decl = fromAlts.or(() -> family).flatMap(families::family)
                .orElseThrow(() -> new ImportError(op.span(), "cannot tell the result type of tagToEnum# here"
                        + family.map(f -> " (" + f + " is not an enumeration the dumps or the built-ins declare)").orElse("")
                        + ": it needs the enclosing binding's signature or a case on its constructors"));
        if (args.size() != 1) throw new ImportError(op.span(), "tagToEnum# takes one argument, not " + args.size());
        Span span = op.span();
        List<Alt> alts = new ArrayList<>();
        for (int tag = 0; tag < decl.constructors().size(); tag++) {
            DataDecl.Constructor c = decl.constructors().get(tag);
            if (c.arity() != 0) throw new ImportError(span, "tagToEnum# to " + decl.name() + ", whose constructor " + c.name() + " has fields");
            alts.add(new Alt.LitAlt(tag, new Expr.ConApp(c.name(), List.of(), span), span));
        }
        Binder message = freshBinder("msg", span);
        Lit text = Lit.addr("tagToEnum#: no constructor of " + decl.name() + " has this tag", span);
        LambdaForm thunk = new LambdaForm(List.of(), true, List.of(),
                new Expr.App(new Var("GHC.CString.unpackCString#", span), List.of(text), span), span);
        alts.add(new Alt.DefaultAlt(new Expr.Let(false, List.of(new Binding(message, thunk)),
                new Expr.PrimApp(PrimOp.RAISE, List.of(new Var(message.name(), span)), span), span), span));
        return new Expr.Case(args.get(0) instanceof Lit lit ? lit : new Expr.App((Var) args.get(0), List.of(), span), alts, span);
    }

    private Expr caseOf(GhcExpr.Case c, Scope scope, Optional<GhcType> tailType) {
        Optional<String> binder = c.binder().map(b -> GhcNames.variable(b.name())).or(() -> deadCaseBinder(c, scope));
        Scope altScope = binder.map(b -> new Scope(b, scope)).orElse(scope);
        if (c.scrutinee() instanceof GhcExpr.OpApp op && op.op() instanceof GhcOp.ForeignCall call
                && c.alts().size() == 1 && c.alts().get(0).pattern() instanceof GhcAlt.ConPattern con
                && (GhcNames.name(con.constructor()).equals("Solo#") || GhcNames.name(con.constructor()).equals("(##)"))) {
            // case ffi of { Solo# r -> e }: the call's bare result is r; a call of type IO ()
            // returns (##), and its result (0) is not used.
            GhcAlt alt = c.alts().get(0);
            List<Atom> args = opAtoms(op.args());
            Expr ccall = new Expr.PrimApp(foreignCall(call, args.size()), args, op.span());
            List<Binder> vars = altBinders(alt, altScope, tailType);
            Binder result = vars.isEmpty() ? freshBinder("unit", alt.span()) : vars.get(0);
            Expr body = expr(alt.body(), Scope.with(altScope, vars.stream().map(Binder::name).toList()), tailType);
            return new Expr.Case(ccall, List.of(new Alt.VarAlt(result, body, alt.span())), c.span());
        }
        Expr scrutinee = c.scrutinee() instanceof GhcExpr.OpApp op
                ? opApp(op, Optional.empty(), c.alts())
                : expr(c.scrutinee(), scope, Optional.empty());
        List<Alt> alts = new ArrayList<>();
        boolean unboxedTuple = false;
        for (GhcAlt a : c.alts()) {
            if (a.pattern() instanceof GhcAlt.ConPattern con && UnboxedTuples.is(GhcNames.name(con.constructor()))) {
                unboxedTuple = true;
            }
            alts.add(alt(a, altScope, tailType));
        }
        // GHC lists __DEFAULT first; the machine's default alternative comes last.
        alts.sort(Comparator.comparing(alt -> alt instanceof Alt.DefaultAlt));
        Span span = c.span();
        if (binder.isEmpty() || unboxedTuple || !uses(alts, binder.get())) return new Expr.Case(scrutinee, alts, span);
        Binder b = new Binder(binder.get(), c.binder().map(cb -> cb.name().span()).orElse(span));
        if (alts.size() == 1 && alts.get(0) instanceof Alt.DefaultAlt only) {
            return new Expr.Case(scrutinee, List.of(new Alt.VarAlt(b, only.body(), only.span())), span);
        }
        Expr inner = new Expr.Case(new Expr.App(new Var(b.name(), b.span()), List.of(), span), alts, span);
        return new Expr.Case(scrutinee, List.of(new Alt.VarAlt(b, inner, span)), span);
    }

    /**
     * The case binder GHC did not print. It omits a binder its occurrence analysis found dead,
     * but STG's CSE later turns a rebuilt scrutinee ({@code Left l -> Left l}) into a use of
     * it: the alternatives then name a variable no scope binds ({@code wild_szyO}). The
     * alternatives without {@code _} fields, at any depth, show which it is.
     */
    private Optional<String> deadCaseBinder(GhcExpr.Case c, Scope scope) {
        Set<String> unbound = new LinkedHashSet<>();
        for (GhcAlt a : c.alts()) {
            // A _ field here or deeper binds a name we cannot place yet: such alternatives do not say.
            if (a.binders().stream().anyMatch(b -> b.name().local().equals(DEAD)) || nestedDead(a.body()) > 0) continue;
            Set<String> used = new LinkedHashSet<>();
            GhcOpenNames.collect(a.body(), a.binders().stream().map(b -> GhcNames.variable(b.name())).collect(Collectors.toSet()), used);
            used.stream().filter(n -> unprintedBinder(n, scope)).forEach(unbound::add);
        }
        if (unbound.size() > 1) {
            throw new ImportError(c.span(), "the case has no binder but its alternatives use " + unbound + ", bound nowhere");
        }
        return unbound.stream().findFirst();
    }

    private Alt alt(GhcAlt a, Scope scope, Optional<GhcType> tailType) {
        if (a.pattern() instanceof GhcAlt.Default) return new Alt.DefaultAlt(expr(a.body(), scope, tailType), a.span());
        if (a.pattern() instanceof GhcAlt.LitPattern lit) {
            return new Alt.LitAlt(literal(lit.literal()), expr(a.body(), scope, tailType), a.span());
        }
        GhcName con = ((GhcAlt.ConPattern) a.pattern()).constructor();
        List<Binder> vars = altBinders(a, scope, tailType);
        Expr body = expr(a.body(), Scope.with(scope, vars.stream().map(Binder::name).toList()), tailType);
        return new Alt.ConAlt(GhcNames.name(con), vars, body, a.span());
    }

    /**
     * The alternative's binders. GHC prints a binder its occurrence analysis once found dead
     * as {@code _}, but later passes may have given it uses (the fields of an unboxed tuple
     * often): the body then names variables no scope binds. Those are the {@code _} binders,
     * in the order GHC made them (their uniques); a {@code _} nothing uses gets a fresh name.
     */
    private List<Binder> altBinders(GhcAlt a, Scope scope, Optional<GhcType> tailType) {
        List<GhcBinder> binders = a.binders();
        List<Integer> dead = new ArrayList<>();
        for (int i = 0; i < binders.size(); i++) if (binders.get(i).name().local().equals(DEAD)) dead.add(i);
        List<String> names = new ArrayList<>(binders.stream().map(b -> GhcNames.variable(b.name())).toList());
        if (!dead.isEmpty()) {
            Scope bound = Scope.with(scope, names.stream().filter(n -> !n.equals(DEAD)).toList());
            Set<String> used = new LinkedHashSet<>();
            GhcOpenNames.collect(a.body(), Set.of(), used);
            List<String> unbound = new ArrayList<>(used.stream().filter(n -> unprintedBinder(n, bound)).toList());
            // Cases inside the body may have _ fields of their own that the body uses: GHC made
            // those binders after this alternative's, so theirs are the larger uniques.
            if (unbound.size() > dead.size() + nestedDead(a.body()) || (!unbound.isEmpty() && unbound.size() < dead.size())) {
                throw new ImportError(a.span(), "the alternative's fields print as _ but its body uses " + unbound
                        + ": cannot tell which field each is");
            }
            unbound.sort(Comparator.comparingLong(GhcNames::unique));
            for (int i = 0; i < dead.size(); i++) {
                names.set(dead.get(i), unbound.isEmpty() ? freshName("dead") : unbound.get(i));
            }
        }
        List<Binder> out = new ArrayList<>();
        for (int i = 0; i < binders.size(); i++) out.add(new Binder(names.get(i), binders.get(i).span()));
        return out;
    }

    /**
     * Whether {@code name}, used where {@code scope} does not bind it, can be a binder GHC did not
     * print: only a local name (no module, a unique) can. A qualified one is a global of a module
     * not linked in (ghc-prim's specialisations were, before the built-ins had them), left
     * unbound so that the scope check reports it; taking it for a {@code _} field would run the
     * program with the wrong value.
     */
    private boolean unprintedBinder(String name, Scope scope) {
        return !Scope.contains(scope, name) && !globals.contains(name) && !topStrings.containsKey(name)
                && GhcNames.module(name).isEmpty() && GhcNames.unique(name) >= 0;
    }

    /** The {@code _} fields of the alternatives of the cases in {@code e}, at any depth. */
    private static int nestedDead(GhcExpr e) {
        if (e instanceof GhcExpr.Let let) {
            int n = nestedDead(let.body());
            for (GhcBinding b : let.bindings().bindings()) if (b.rhs() instanceof GhcRhs.Closure c) n += nestedDead(c.body());
            return n;
        }
        if (!(e instanceof GhcExpr.Case c)) return 0;
        int n = nestedDead(c.scrutinee());
        for (GhcAlt a : c.alts()) {
            n += (int) a.binders().stream().filter(b -> b.name().local().equals(DEAD)).count() + nestedDead(a.body());
        }
        return n;
    }

    private static boolean uses(List<Alt> alts, String name) {
        for (Alt a : alts) {
            LambdaForm probe = new LambdaForm(List.of(), false, List.of(), a.body(), a.span());
            if (FreeVariables.openNames(probe).containsKey(name)) return true;
        }
        return false;
    }

    /**
     * A call's or constructor's arguments. The State# token ({@code GHC.Prim.void#}) is passed
     * as {@code 0#}, so an IO action stays a function of the token, as in GHC: evaluating it
     * builds or finds the action, applying it runs it.
     */
    private List<Atom> atoms(List<GhcAtom> args) {
        return atoms(args, true);
    }

    /** A primop's or foreign call's arguments: the machine's operations take no token. */
    private List<Atom> opAtoms(List<GhcAtom> args) {
        return atoms(args, false);
    }

    private List<Atom> atoms(List<GhcAtom> args, boolean withToken) {
        List<Atom> out = new ArrayList<>();
        for (GhcAtom a : args) {
            if (a instanceof GhcAtom.Lit lit) {
                out.add(literal(lit.literal()));
                continue;
            }
            GhcName n = ((GhcAtom.Var) a).name();
            String name = GhcNames.variable(n);
            if (name.equals(GhcNames.VOID_ARG)) {
                if (withToken) out.add(new Lit(0, n.span()));
                continue;
            }
            GhcLiteral.StringLit string = topStrings.get(name);
            out.add(string != null ? literal(string, n.span()) : new Var(name, n.span()));
        }
        return out;
    }

    private static Lit literal(GhcLiteral lit) {
        return literal(lit, lit.span());
    }

    private static Lit literal(GhcLiteral lit, Span span) {
        if (lit instanceof GhcLiteral.IntLit i) return new Lit(i.value(), span);
        if (lit instanceof GhcLiteral.WordLit w) return Lit.word(w.bits(), span);
        if (lit instanceof GhcLiteral.CharLit c) return Lit.character(c.codePoint(), span);
        if (lit instanceof GhcLiteral.DoubleLit d) return Lit.doubleLit(d.value(), span);
        if (lit instanceof GhcLiteral.FloatLit f) return Lit.floatLit(f.value(), span);
        return Lit.addr(new String(((GhcLiteral.StringLit) lit).bytes(), StandardCharsets.ISO_8859_1), span);
    }

    /**
     * A name no dump can contain: GHC's locals end in {@code _unique}, and no unique is a
     * bare number.
     */
    private String freshName(String what) {
        return "_" + what + ++fresh;
    }

    private Binder freshBinder(String what, Span span) {
        return new Binder(freshName(what), span);
    }
}
