package dev.stg.core.analysis;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.DataDecl;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Rep;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.UnboxedTuples;
import dev.stg.core.syntax.Var;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Static boxity inference by unification. Every binder, every constructor field (per name and
 * position) and every lambda-form's result is a node; nodes that must hold the same kind of value
 * are unified, and a class is a pointer or one unboxed rep (Int#, Word#, Char#, Double#,
 * Float#, Addr#) by its constraints:
 * <ul>
 * <li>a literal has its rep, primop operands and results have the reps of the primop's
 *     signature ({@link PrimOp#args()}, {@link PrimOp#results()}), except that error#'s and
 *     raise#'s results are unconstrained (they never return); a literal pattern gives the
 *     scrutinee the literal's rep, a constructor pattern makes it a pointer;</li>
 * <li>constructor fields unify with the atoms passed to them and the pattern variables bound
 *     to them; a var-alternative binder unifies with the scrutinee; all alternatives of a case
 *     give the same kind;</li>
 * <li>a call to a statically known function (a global or let/letrec-bound lambda-form, seen
 *     through lexical scope) unifies each argument with its parameter and, when saturated, the
 *     call with the function's result; a partial application is a pointer (a PAP), and an
 *     over-saturated call needs a function, so a pointer, from the saturated part;</li>
 * <li>a variable applied to arguments holds a function, so a pointer; a variable evaluated
 *     alone gives what it holds (as in GHC, only lifted values are evaluated);</li>
 * <li>a closure value (global or let-bound) is a pointer, constructor applications are pointers,
 *     and an updatable thunk's result must be a pointer;</li>
 * <li>whatever nothing constrains is a pointer;</li>
 * <li>an unboxed tuple (a constructor application or pattern of {@code (#,#)}, {@code Solo#}...,
 *     or a primop with several results) is a tuple node whose components are the atoms'
 *     (or pattern variables') nodes; two tuples unify component by component. Unlike a
 *     constructor's fields, a tuple's components are per use, not per name. A variable never
 *     holds a tuple (so no argument, closure field or constructor field does), and an
 *     updatable thunk's value is a pointer, so never a tuple;</li>
 * <li>a join point is a known function that is never a value: a jump unifies its arguments
 *     with the parameters and gives the join point's result;</li>
 * <li>a saturated (or over-saturated) call of a global that never returns gives a result of its
 *     own, unconstrained, as error# does: GHC's {@code patError}, {@code error},
 *     {@code absentErr}... are levity-polymorphic, so one program calls the same one where a
 *     Word# is expected and where a pointer is ({@link NeverReturns}).</li>
 * </ul>
 * A free variable is its binder, so needs no node of its own. A contradiction is a diagnostic
 * naming the variable or field and the two places that disagree.
 */
public final class BoxityAnalysis {

    private final BoxityUnifier unifier;
    private final Diagnostics diags;
    private final Map<Binder, Integer> binderNodes = new IdentityHashMap<>();
    /** The binders with nodes, in the order the walk met them: reports come in that order. */
    private final List<Binder> bindersMet = new ArrayList<>();
    private final Map<LambdaForm, Integer> resultNodes = new IdentityHashMap<>();
    private final Map<LambdaForm, String> lambdaNames = new IdentityHashMap<>();
    private final Map<Binder, LambdaForm> knownLambdas = new IdentityHashMap<>();
    private final Map<String, List<Integer>> fieldNodes = new LinkedHashMap<>();
    private final Map<String, Integer> arities = new LinkedHashMap<>();
    private NeverReturns neverReturns;
    /** Where each binder is passed as an argument of a known function: the parameters it flows into. */
    private final Map<Binder, List<Passed>> passedTo = new IdentityHashMap<>();
    /** The calls of a variable the analysis does not know, in the order of the walk. */
    private final List<UnknownCall> unknownCalls = new ArrayList<>();

    /** {@code from} is passed as argument {@code at} (a span) to a known function's parameter {@code to}. */
    private record Passed(Binder to, Span at) {
    }

    /** {@code f a b} where {@code f} is a variable bound to no known closure: its argument and result nodes. */
    private record UnknownCall(Expr.App app, Binder function, List<Integer> args, int result) {
    }

    /** A known closure that reaches a variable: passed where {@code at} says, possibly through other parameters. */
    private record Reaching(LambdaForm lambda, String name, Span at) {
    }

    private BoxityAnalysis(Diagnostics diags) {
        this.unifier = new BoxityUnifier(diags);
        this.diags = diags;
    }

    public static Boxity analyze(Program program, Diagnostics diags) {
        BoxityAnalysis analysis = new BoxityAnalysis(diags);
        for (DataDecl decl : program.dataDecls()) {
            for (DataDecl.Constructor c : decl.constructors()) analysis.declare(c);
        }
        Map<String, Binder> globals = new HashMap<>();
        for (Binding b : program.bindings()) {
            globals.putIfAbsent(b.name(), b.binder());
            analysis.closureValue(b, "a global closure");
        }
        Env env = Env.globals(globals);
        analysis.neverReturns = new NeverReturns(program, env);
        for (Binding b : program.bindings()) analysis.lambda(b, env);
        analysis.noVariableHoldsATuple();
        if (!diags.hasErrors()) analysis.unknownCallsAgreeWithWhatReachesThem();
        return analysis.result();
    }

    /** The scope: one frame per parameter list, pattern or let group, so a big group costs one probe. */
    record Env(Map<String, Binder> frame, Env next) {
        static Env globals(Map<String, Binder> globals) {
            return new Env(globals, null);
        }

        Env bind(List<Binder> binders) {
            if (binders.isEmpty()) return this;
            Map<String, Binder> frame = new HashMap<>();
            for (Binder b : binders) frame.put(b.name(), b);
            return new Env(frame, this);
        }

        Binder lookup(String wanted) {
            for (Env e = this; e != null; e = e.next) {
                Binder b = e.frame.get(wanted);
                if (b != null) return b;
            }
            return null;
        }
    }

    private void closureValue(Binding b, String what) {
        unifier.require(binderNode(b.binder()), Rep.POINTER, what + " '" + b.name() + "'", b.binder().span());
        knownLambdas.put(b.binder(), b.lambda());
        lambdaNames.put(b.lambda(), b.name());
    }

    private void lambda(Binding b, Env env) {
        LambdaForm lambda = b.lambda();
        for (Binder param : lambda.params()) binderNode(param);
        int body = expr(lambda.body(), env.bind(lambda.params()));
        unifier.unify(resultNode(lambda), body, lambda.body().span());
        if (lambda.updatable()) {
            unifier.require(resultNode(lambda), Rep.POINTER, "the value of updatable thunk '" + b.name() + "'",
                    lambda.span());
        }
    }

    private int expr(Expr expr, Env env) {
        return expr.accept(new Expr.Visitor<>() {
            @Override
            public Integer let(Expr.Let let) {
                return BoxityAnalysis.this.let(let, env);
            }

            @Override
            public Integer join(Expr.Join join) {
                return BoxityAnalysis.this.join(join, env);
            }

            @Override
            public Integer caseOf(Expr.Case c) {
                return caseExpr(c, env);
            }

            @Override
            public Integer app(Expr.App app) {
                return BoxityAnalysis.this.app(app, env);
            }

            @Override
            public Integer conApp(Expr.ConApp con) {
                if (UnboxedTuples.is(con.constructor())) {
                    tooManyComponents(con.constructor(), con.span());
                    List<Integer> components = con.args().stream().map(a -> atom(a, env)).toList();
                    return unifier.tuple(components, "unboxed tuple '" + con.constructor() + "'", con.span());
                }
                List<Integer> fields = fields(con.constructor(), con.args().size());
                for (int i = 0; i < con.args().size(); i++) {
                    unifier.unify(fields.get(i), atom(con.args().get(i), env), con.args().get(i).span());
                }
                return unifier.node(null, Rep.POINTER, "constructor application", con.span());
            }

            @Override
            public Integer primApp(Expr.PrimApp prim) {
                return BoxityAnalysis.this.primApp(prim, env);
            }

            @Override
            public Integer lit(Lit lit) {
                return atom(lit, env);
            }
        });
    }

    private int primApp(Expr.PrimApp prim, Env env) {
        PrimOp op = prim.op();
        for (int i = 0; i < prim.args().size(); i++) {
            Atom arg = prim.args().get(i);
            Rep rep = i < op.arity() ? op.args().get(i) : Rep.INT;
            unifier.require(atom(arg, env), rep, "operand " + (i + 1) + " of primop '" + op.symbol() + "'", arg.span());
        }
        if (op == PrimOp.ERROR || op == PrimOp.RAISE) return unifier.node(null);
        if (op.returnsTuple()) {
            List<Integer> components = op.results().stream()
                    .map(rep -> unifier.node(null, rep, "result of primop '" + op.symbol() + "'", prim.span()))
                    .toList();
            return unifier.tuple(components, "result of primop '" + op.symbol() + "'", prim.span());
        }
        if (op.results().size() != 1) return unifier.node(null);
        return unifier.node(null, op.results().get(0), "result of primop '" + op.symbol() + "'", prim.span());
    }

    private int app(Expr.App app, Env env) {
        Binder function = env.lookup(app.function().name());
        List<Atom> args = app.args();
        LambdaForm known = function == null ? null : knownLambdas.get(function);
        if (known == null) {
            List<Integer> argNodes = args.stream().map(arg -> atom(arg, env)).toList();
            if (args.isEmpty()) return atom(app.function(), env);
            unifier.require(atom(app.function(), env), Rep.POINTER, "a function applied to arguments", app.span());
            int result = unifier.node(null);
            if (function != null) unknownCalls.add(new UnknownCall(app, function, argNodes, result));
            return result;
        }
        int passed = Math.min(args.size(), known.arity());
        for (int i = 0; i < args.size(); i++) {
            int arg = atom(args.get(i), env);
            if (i < passed) {
                unifier.unify(binderNode(known.params().get(i)), arg, args.get(i).span());
                Binder from = args.get(i) instanceof Var v ? env.lookup(v.name()) : null;
                if (from != null) {
                    passedTo.computeIfAbsent(from, b -> new ArrayList<>())
                            .add(new Passed(known.params().get(i), args.get(i).span()));
                }
            }
        }
        if (args.size() >= known.arity() && neverReturns.global(function)) return unifier.node(null);
        if (args.size() == known.arity()) return resultNode(known);
        if (args.size() < known.arity()) {
            return unifier.node(null, Rep.POINTER, "partial application of '" + app.function().name() + "'",
                    app.span());
        }
        unifier.require(resultNode(known), Rep.POINTER, "a function applied to more arguments", app.span());
        return unifier.node(null);
    }

    /**
     * A known closure passed as an argument, possibly on through other functions' parameters,
     * and then called through the parameter: the machine checks such a call at run time (issue
     * 10), but where the kinds the call passes or expects are fixed by the program and disagree
     * with what the closure takes or gives, the call can only fail, so the program is refused
     * here. Kinds nothing constrains are left to the run-time check: they are pointers only by
     * default. One error per call.
     */
    private void unknownCallsAgreeWithWhatReachesThem() {
        Map<Binder, List<Reaching>> reaching = reaching();
        for (UnknownCall call : unknownCalls) {
            for (Reaching r : reaching.getOrDefault(call.function(), List.of())) {
                if (disagrees(call, r)) break;
            }
        }
    }

    /**
     * For every parameter a known closure flows into, the closures and where each was passed,
     * in the order the walk met the closures (so the error a call gets does not depend on hashing).
     */
    private Map<Binder, List<Reaching>> reaching() {
        Map<Binder, List<Reaching>> reaching = new IdentityHashMap<>();
        for (Binder source : bindersMet) {
            LambdaForm lambda = knownLambdas.get(source);
            List<Passed> passed = passedTo.get(source);
            if (lambda == null || passed == null) continue;
            Map<Binder, Boolean> reached = new IdentityHashMap<>();
            for (Passed first : passed) {
                Reaching r = new Reaching(lambda, source.name(), first.at());
                ArrayDeque<Binder> work = new ArrayDeque<>(List.of(first.to()));
                while (!work.isEmpty()) {
                    Binder param = work.pop();
                    if (reached.put(param, true) != null) continue;
                    reaching.computeIfAbsent(param, b -> new ArrayList<>()).add(r);
                    for (Passed next : passedTo.getOrDefault(param, List.of())) work.push(next.to());
                }
            }
        }
        return reaching;
    }

    private boolean disagrees(UnknownCall call, Reaching r) {
        LambdaForm lambda = r.lambda();
        String f = call.app().function().name();
        String which = "'" + f + "' can be '" + r.name() + "' (passed at " + r.at().location() + ")";
        for (int i = 0; i < Math.min(call.args().size(), lambda.arity()); i++) {
            int param = binderNode(lambda.params().get(i));
            int arg = call.args().get(i);
            if (!kindsDisagree(param, arg)) continue;
            diags.error(call.app().span(), "this call of " + "'" + f + "' passes argument " + (i + 1) + " as "
                            + unifier.describe(arg) + ", but " + which + ", which takes it as "
                            + unifier.describe(param),
                    kindName(param) + " as argument " + (i + 1) + ", as '" + r.name()
                            + "' takes it, or a function that takes " + kindName(arg) + " there");
            return true;
        }
        if (call.args().size() != lambda.arity() || !kindsDisagree(resultNode(lambda), call.result())) return false;
        diags.error(call.app().span(), "this call of '" + f + "' must give " + unifier.describe(call.result())
                        + ", but " + which + ", which gives " + unifier.describe(resultNode(lambda)),
                "a function that gives " + kindName(call.result()) + " here, as the call's use needs");
        return true;
    }

    /** Both kinds fixed by the program, one a pointer and the other an unboxed word. */
    private boolean kindsDisagree(int a, int b) {
        if (unifier.describe(a) == null || unifier.describe(b) == null) return false;
        if (unifier.isTuple(a) || unifier.isTuple(b)) return false;
        return unifier.kind(a).isPointer() != unifier.kind(b).isPointer();
    }

    private String kindName(int node) {
        Rep kind = unifier.kind(node);
        if (kind.isPointer()) return "a pointer";
        return ("AEIOU".indexOf(kind.display().charAt(0)) >= 0 ? "an " : "a ") + kind.display();
    }

    private int let(Expr.Let let, Env env) {
        List<Binder> group = let.bindings().stream().map(Binding::binder).toList();
        Env withGroup = env.bind(group);
        for (Binding b : let.bindings()) closureValue(b, "let-bound closure");
        for (Binding b : let.bindings()) lambda(b, let.recursive() ? withGroup : env);
        return expr(let.body(), withGroup);
    }

    /** The machine's return registers hold 64 components (and a 64-bit mask of their pointers). */
    private void tooManyComponents(String tuple, Span span) {
        int arity = UnboxedTuples.arity(tuple);
        if (arity > Long.SIZE) {
            diags.error(span, "unboxed tuple of " + arity + " components", "at most " + Long.SIZE + " components");
        }
    }

    private int join(Expr.Join join, Env env) {
        Env withGroup = env.bind(join.bindings().stream().map(Binding::binder).toList());
        for (Binding b : join.bindings()) {
            knownLambdas.put(b.binder(), b.lambda());
            lambdaNames.put(b.lambda(), b.name());
        }
        for (Binding b : join.bindings()) lambda(b, join.recursive() ? withGroup : env);
        return expr(join.body(), withGroup);
    }

    /**
     * A variable holding an unboxed tuple would have to keep it somewhere: in a register frame
     * slot, an argument, a closure's field. One report per class: one mistake, one error.
     */
    private void noVariableHoldsATuple() {
        java.util.Set<Integer> reported = new java.util.HashSet<>();
        for (Binder binder : bindersMet) {
            int node = binderNodes.get(binder);
            if (unifier.isTuple(node) && reported.add(unifier.root(node))) {
                diags.error(binder.span(), "variable '" + binder.name() + "' would hold " + unifier.describe(node)
                                + ", but an unboxed tuple lives only in the return registers",
                        "a variable that is never passed, captured or bound to an unboxed tuple; "
                                + "take the tuple apart with a pattern such as '(#,#) a b ->' in the case it returns to");
            }
        }
    }

    private int caseExpr(Expr.Case c, Env env) {
        int scrutinee = unifier.node("the scrutinee of the case at " + c.span().location());
        unifier.unify(scrutinee, expr(c.scrutinee(), env), c.scrutinee().span());
        int result = unifier.node(null);
        for (Alt alt : c.alts()) {
            if (alt instanceof Alt.LitAlt lit) {
                unifier.require(scrutinee, lit.lit().rep(), "literal pattern", alt.span());
            } else if (alt instanceof Alt.ConAlt con && UnboxedTuples.is(con.constructor())) {
                tooManyComponents(con.constructor(), con.span());
                List<Integer> components = con.vars().stream().map(this::binderNode).toList();
                unifier.unify(scrutinee, unifier.tuple(components, "pattern '" + con.constructor() + "'", alt.span()),
                        alt.span());
            } else if (alt instanceof Alt.ConAlt con) {
                unifier.require(scrutinee, Rep.POINTER, "constructor pattern", alt.span());
                List<Integer> fields = fields(con.constructor(), con.vars().size());
                for (int i = 0; i < con.vars().size(); i++) {
                    unifier.unify(fields.get(i), binderNode(con.vars().get(i)), con.vars().get(i).span());
                }
            } else if (alt instanceof Alt.VarAlt var) {
                unifier.unify(binderNode(var.var()), scrutinee, var.var().span());
            }
            unifier.unify(result, expr(alt.body(), env.bind(alt.binders())), alt.body().span());
        }
        return result;
    }

    private int atom(Atom atom, Env env) {
        if (atom instanceof Lit lit) return unifier.node(null, lit.rep(), "literal", lit.span());
        Binder binder = env.lookup(((Var) atom).name());
        return binder == null ? unifier.node(null) : binderNode(binder);
    }

    private int binderNode(Binder binder) {
        return binderNodes.computeIfAbsent(binder, b -> {
            bindersMet.add(b);
            return unifier.node("'" + b.name() + "'");
        });
    }

    private int resultNode(LambdaForm lambda) {
        return resultNodes.computeIfAbsent(lambda,
                lf -> unifier.node("the result of '" + lambdaNames.getOrDefault(lf, "a closure") + "'"));
    }

    /** A declared constructor's fields have the declared reps, whatever its uses do with them. */
    private void declare(DataDecl.Constructor c) {
        List<Integer> fields = fields(c.name(), c.arity());
        for (int i = 0; i < c.arity(); i++) {
            unifier.require(fields.get(i), c.fields().get(i),
                    "field " + (i + 1) + " of constructor '" + c.name() + "' as declared", c.span());
        }
    }

    /** The field nodes of a constructor, created on first use; a use at another arity sees the common prefix. */
    private List<Integer> fields(String constructor, int arity) {
        arities.putIfAbsent(constructor, arity);
        List<Integer> fields = fieldNodes.computeIfAbsent(constructor, c -> new ArrayList<>());
        while (fields.size() < arity) {
            fields.add(unifier.node("field " + (fields.size() + 1) + " of constructor '" + constructor + "'"));
        }
        return fields;
    }

    private Boxity result() {
        IdentityHashMap<Binder, Rep> binders = new IdentityHashMap<>();
        binderNodes.forEach((b, node) -> binders.put(b, unifier.kind(node)));
        IdentityHashMap<LambdaForm, List<Rep>> results = new IdentityHashMap<>();
        resultNodes.forEach((lf, node) -> results.put(lf, unifier.kinds(node)));
        LinkedHashMap<String, Rep[]> reps = new LinkedHashMap<>();
        arities.forEach((constructor, arity) -> {
            Rep[] fields = new Rep[arity];
            List<Integer> nodes = fieldNodes.get(constructor);
            for (int i = 0; i < arity; i++) fields[i] = unifier.kind(nodes.get(i));
            reps.put(constructor, fields);
        });
        return new Boxity(binders, results, reps);
    }
}
