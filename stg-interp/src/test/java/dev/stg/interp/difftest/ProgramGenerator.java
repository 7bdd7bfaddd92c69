package dev.stg.interp.difftest;

import dev.stg.core.syntax.Alt;
import dev.stg.core.syntax.Atom;
import dev.stg.core.syntax.Binder;
import dev.stg.core.syntax.Binding;
import dev.stg.core.syntax.Expr;
import dev.stg.core.syntax.LambdaForm;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.Var;
import dev.stg.interp.difftest.Scope.Use;
import dev.stg.interp.difftest.Scope.Variable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Generates well-formed, typed, terminating native-dialect programs from a seed: nested lets
 * and lambdas capturing enclosing variables (closures inside closures, several levels deep),
 * partial and over-saturated calls of known and unknown functions, updatable thunks (some never
 * forced), non-updatable and constructor closures, cases on constructors and literals with
 * default and variable alternatives, recursive groups that run down a small Int# counter, cyclic
 * lists consumed by a bounded {@code take}, and some shadowing. Free-variable lists are left
 * empty: {@link GeneratedProgram#filled()} computes them.
 *
 * <p>Termination by construction: the only recursion is a recursive group's functions calling
 * each other with a counter one less than their own (they are never passed as values), the
 * prelude's structural recursion over finite lists, and {@code take} of a cyclic list.
 */
final class ProgramGenerator {

    private static final int MAX_DEPTH = 6;
    private static final int NODE_BUDGET = 140;
    /**
     * How often a new binder reuses a name in scope (half of those times, when there is one, the
     * name of an enclosing closure). Heavy on purpose: case binders reusing free-variable names,
     * inner lets reusing outer names and closures named like their parents are what the nesting
     * pass must keep apart (issue 10).
     */
    private static final double SHADOWING = 0.3;
    private static final PrimOp[] OPS = {PrimOp.ADD, PrimOp.SUB, PrimOp.MUL, PrimOp.DIV, PrimOp.MOD,
            PrimOp.EQ, PrimOp.NE, PrimOp.LT, PrimOp.LE, PrimOp.GT, PrimOp.GE, PrimOp.NEGATE};

    private final long seed;
    private final SplittableRandom random;
    private final IdentityHashMap<Binder, Type> binderTypes = new IdentityHashMap<>();
    private final IdentityHashMap<Expr, Type> exprTypes = new IdentityHashMap<>();
    private int nextName;
    private int budget = NODE_BUDGET;

    private ProgramGenerator(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    static GeneratedProgram generate(long seed) {
        return new ProgramGenerator(seed).program();
    }

    private GeneratedProgram program() {
        Type result = pick(Type.PRINTABLE);
        Scope globals = Scope.of(Prelude.GLOBALS);
        // Only a non-updatable main may evaluate to an Int#.
        boolean updatable = result != Type.INT && random.nextBoolean();
        LambdaForm main = new LambdaForm(List.of(), updatable, List.of(), expr(result, globals, MAX_DEPTH), Span.NONE);
        List<Binding> bindings = new ArrayList<>(Prelude.bindings());
        bindings.add(new Binding(new Binder("main", Span.NONE), main));
        return new GeneratedProgram(seed, new Program(bindings), binderTypes, exprTypes);
    }

    // ---- expressions ----

    private Expr expr(Type type, Scope scope, int depth) {
        Expr e = untyped(type, scope, depth);
        exprTypes.put(e, type);
        return e;
    }

    private Expr untyped(Type type, Scope scope, int depth) {
        budget--;
        if (depth <= 0 || budget <= 0) return leaf(type, scope);
        int choice = random.nextInt(100);
        if (choice < 12 && depth < MAX_DEPTH - 1) return leaf(type, scope);
        if (choice < 34 || type instanceof Type.Fun && choice < 60) {
            Expr call = call(type, scope, depth);
            if (call != null) return call;
        }
        if (choice >= 50 && choice < 56) {
            Expr shared = sharedThunks(type, scope, depth);
            if (shared != null) return shared;
        }
        if (choice < 56) return let(type, scope, depth);
        if (choice < 76) return caseOf(type, scope, depth);
        if (choice < 86) return recursiveGroup(type, scope, depth);
        if (type == Type.LIST && choice < 93) {
            Expr cycle = cyclicList(scope, depth);
            if (cycle != null) return cycle;
        }
        if (type == Type.INT) return withLets(pending -> primApp(scope, pending));
        return leaf(type, scope);
    }

    /** An expression that builds nothing deep: a variable, literal, constructor or small lambda. */
    private Expr leaf(Type type, Scope scope) {
        List<Variable> vars = scope.values(type);
        if (!vars.isEmpty() && random.nextInt(3) > 0) {
            return new Expr.App(var(pickRecent(vars).name()), List.of(), Span.NONE);
        }
        if (type == Type.INT) {
            return random.nextBoolean() ? literal() : withLets(pending -> primApp(scope, pending));
        }
        if (type instanceof Type.Fun fun) {
            Binder name = binder(fun, scope, Set.of());
            Binding function = new Binding(name, function(fun, scope.inside(name.name()), 0));
            return new Expr.Let(false, List.of(function), new Expr.App(var(name.name()), List.of(), Span.NONE),
                    Span.NONE);
        }
        return withLets(pending -> constructor(type, scope, pending, 0));
    }

    /** Building an expression may need let-bound closures for its atoms; they wrap it in one let. */
    private interface NeedsBindings {
        Expr build(List<Binding> pending);
    }

    private Expr withLets(NeedsBindings body) {
        List<Binding> pending = new ArrayList<>();
        Expr built = body.build(pending);
        return pending.isEmpty() ? built : new Expr.Let(false, pending, built, Span.NONE);
    }

    private Expr primApp(Scope scope, List<Binding> pending) {
        PrimOp op = OPS[random.nextInt(OPS.length)];
        if (op == PrimOp.NEGATE) return new Expr.PrimApp(op, List.of(atom(Type.INT, scope, pending, 0)), Span.NONE);
        Atom divisor = op == PrimOp.DIV || op == PrimOp.MOD ? nonZeroLiteral() : atom(Type.INT, scope, pending, 0);
        return new Expr.PrimApp(op, List.of(atom(Type.INT, scope, pending, 0), divisor), Span.NONE);
    }

    private Expr constructor(Type type, Scope scope, List<Binding> pending, int depth) {
        if (type == Type.BOX) return new Expr.ConApp("I", List.of(atom(Type.INT, scope, pending, depth)), Span.NONE);
        if (random.nextInt(3) == 0) return new Expr.ConApp("Nil", List.of(), Span.NONE);
        return new Expr.ConApp("Cons", List.of(atom(Type.BOX, scope, pending, depth),
                atom(Type.LIST, scope, pending, depth)), Span.NONE);
    }

    /**
     * A call of a function in scope whose type, after some arguments, is {@code type}: exact,
     * partial (a function result) or over-saturated (through a function result); null if none fits.
     */
    private Expr call(Type type, Scope scope, int depth) {
        record Candidate(Variable function, int arguments) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Variable v : scope.matching(v -> v.type() instanceof Type.Fun)) {
            if (v.use() == Use.RECURSIVE && v.counter() == null) continue;
            Type.Fun fun = (Type.Fun) v.type();
            for (int n = 1; n <= fun.maxArguments(); n++) {
                if (type.equals(fun.afterApplying(n))) candidates.add(new Candidate(v, n));
            }
        }
        if (candidates.isEmpty()) return null;
        Candidate chosen = pickRecent(candidates);
        return withLets(pending -> application(chosen.function(), chosen.arguments(), scope, pending, depth));
    }

    private Expr application(Variable function, int arguments, Scope scope, List<Binding> pending, int depth) {
        Type.Fun fun = (Type.Fun) function.type();
        List<Atom> args = new ArrayList<>();
        for (int i = 0; i < arguments; i++) {
            if (i == 0 && function.use() == Use.RECURSIVE) {
                args.add(function.counter().equals(Scope.LITERAL_COUNTER)
                        ? new Lit(random.nextInt(5), Span.NONE) : var(function.counter()));
            } else {
                args.add(atom(fun.argument(i), scope, pending, depth - 1));
            }
        }
        return new Expr.App(var(function.name()), args, Span.NONE);
    }

    /** {@code let} of one to three closures: thunks, constructor closures, functions, some shadowing. */
    private Expr let(Type type, Scope scope, int depth) {
        int count = 1 + random.nextInt(3);
        List<Binding> group = new ArrayList<>();
        List<Variable> bound = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < count; i++) {
            // The first binding is often a function the body then calls, so nested bodies run.
            Type bindingType = i == 0 && !(type instanceof Type.Fun) && random.nextInt(3) > 0
                    ? functionReturning(type)
                    : random.nextInt(5) < 2 ? pick(Type.BOXED_DATA) : functionType(2);
            Binder name = binder(bindingType, scope, taken);
            taken.add(name.name());
            group.add(new Binding(name, closure(bindingType, scope.inside(name.name()), depth - 1)));
            bound.add(Variable.value(name.name(), bindingType));
        }
        Scope inBody = scope.with(bound);
        Variable first = bound.get(0);
        Expr body = first.type() instanceof Type.Fun fun && type.equals(fun.result()) && random.nextInt(4) > 0
                ? withLets(pending -> application(first, fun.params().size(), inBody, pending, depth - 1))
                : expr(type, inBody, depth - 1);
        exprTypes.put(body, type);
        return new Expr.Let(false, group, body, Span.NONE);
    }

    /**
     * {@code let t1 = \ => I (x + y) in case t1 of { I v -> let t2 = \ => I (x * y) in case t2 of
     * { I w -> e } }}: two thunks over the same variables, the first forced between the two lets.
     * With {@code --siblings}, t2 could store a pointer to t1 and reach x and y through it, but t1
     * is already updated when t2 is built, and after a collection its fields are gone: bench/nfib
     * gave a wrong answer so (found by the golden matrix, not by this test, until this shape).
     * A thunk is never a sibling; this is what finds it if that rule is lost.
     */
    private Expr sharedThunks(Type type, Scope scope, int depth) {
        List<Variable> candidates = new ArrayList<>(scope.values(Type.INT));
        candidates.addAll(scope.values(Type.BOX));
        if (candidates.size() < 2) return null;
        List<Variable> shared = new ArrayList<>(candidates.subList(Math.max(0, candidates.size() - 4), candidates.size()));
        while (shared.size() > 2 + random.nextInt(2)) shared.remove(random.nextInt(shared.size()));
        Binder first = fresh(Type.BOX);
        Binder firstValue = fresh(Type.INT);
        Binder second = fresh(Type.BOX);
        Binder secondValue = fresh(Type.INT);
        Scope inner = scope.with(List.of(Variable.value(first.name(), Type.BOX),
                Variable.value(firstValue.name(), Type.INT), Variable.value(second.name(), Type.BOX),
                Variable.value(secondValue.name(), Type.INT)));
        Expr useBoth = unbox(second, secondValue, expr(type, inner, depth - 1));
        Expr secondLet = new Expr.Let(false, List.of(new Binding(second, thunkOver(shared))), useBoth, Span.NONE);
        Expr forceFirst = unbox(first, firstValue, secondLet);
        exprTypes.put(useBoth, type);
        exprTypes.put(secondLet, type);
        return new Expr.Let(false, List.of(new Binding(first, thunkOver(shared))), forceFirst, Span.NONE);
    }

    /** {@code case x of { I a -> body }}. */
    private Expr unbox(Binder boxed, Binder value, Expr body) {
        Expr scrutinee = new Expr.App(var(boxed.name()), List.of(), Span.NONE);
        exprTypes.put(scrutinee, Type.BOX);
        return new Expr.Case(scrutinee, List.of(new Alt.ConAlt("I", List.of(value), body, Span.NONE)), Span.NONE);
    }

    /** An updatable thunk giving {@code I} of the variables (Int#, or boxed and taken apart) combined by primops. */
    private LambdaForm thunkOver(List<Variable> variables) {
        List<Binder> unboxed = new ArrayList<>();
        List<Variable> boxes = new ArrayList<>();
        List<Atom> operands = new ArrayList<>();
        for (Variable v : variables) {
            if (v.type() == Type.INT) {
                operands.add(var(v.name()));
            } else {
                Binder a = fresh(Type.INT);
                unboxed.add(a);
                boxes.add(v);
                operands.add(var(a.name()));
            }
        }
        Binder result = fresh(Type.INT);
        Expr body = new Expr.ConApp("I", List.of(var(result.name())), Span.NONE);
        exprTypes.put(body, Type.BOX);
        // Combined from the last operand down: partial i = o_i op partial (i+1), and partial 0 is the result.
        int last = operands.size() - 1;
        List<Binder> partials = new ArrayList<>(List.of(result));
        for (int i = 1; i < last; i++) partials.add(fresh(Type.INT));
        for (int i = 0; i < last; i++) {
            Atom rest = i == last - 1 ? operands.get(last) : var(partials.get(i + 1).name());
            Expr op = new Expr.PrimApp(pick(List.of(PrimOp.ADD, PrimOp.SUB, PrimOp.MUL)), List.of(operands.get(i), rest),
                    Span.NONE);
            exprTypes.put(op, Type.INT);
            body = new Expr.Case(op, List.of(new Alt.VarAlt(partials.get(i), body, Span.NONE)), Span.NONE);
            exprTypes.put(body, Type.BOX);
        }
        for (int i = boxes.size() - 1; i >= 0; i--) {
            Expr scrutinee = new Expr.App(var(boxes.get(i).name()), List.of(), Span.NONE);
            exprTypes.put(scrutinee, Type.BOX);
            body = new Expr.Case(scrutinee, List.of(new Alt.ConAlt("I", List.of(unboxed.get(i)), body, Span.NONE)),
                    Span.NONE);
            exprTypes.put(body, Type.BOX);
        }
        return new LambdaForm(List.of(), true, List.of(), body, Span.NONE);
    }

    /** A closure of a boxed type: a function, a thunk, a constructor closure or a non-updatable closure. */
    private LambdaForm closure(Type type, Scope scope, int depth) {
        if (type instanceof Type.Fun fun) {
            if (random.nextInt(10) < 3) return new LambdaForm(List.of(), true, List.of(), expr(type, scope, depth), Span.NONE);
            return function(fun, scope, depth);
        }
        int kind = random.nextInt(4);
        if (kind == 0) {
            List<Binding> none = new ArrayList<>();
            Expr con = constructorOfAtomsInScope(type, scope, none);
            if (con != null) return new LambdaForm(List.of(), false, List.of(), con, Span.NONE);
        }
        return new LambdaForm(List.of(), kind != 1, List.of(), expr(type, scope, depth), Span.NONE);
    }

    /** A constructor closure's body must be the constructor itself, so only atoms already in scope. */
    private Expr constructorOfAtomsInScope(Type type, Scope scope, List<Binding> pending) {
        if (type == Type.LIST && (scope.values(Type.BOX).isEmpty() || scope.values(Type.LIST).isEmpty())) {
            return new Expr.ConApp("Nil", List.of(), Span.NONE);
        }
        Expr con = constructor(type, scope, pending, 0);
        return pending.isEmpty() ? con : null;
    }

    private LambdaForm function(Type.Fun fun, Scope scope, int depth) {
        List<Binder> params = new ArrayList<>();
        List<Variable> bound = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Type param : fun.params()) {
            Binder p = binder(param, scope, taken);
            taken.add(p.name());
            params.add(p);
            bound.add(Variable.value(p.name(), param));
        }
        Scope inner = scope.with(bound);
        List<Binder> ints = params.stream().filter(p -> binderTypes.get(p) == Type.INT).toList();
        return new LambdaForm(List.of(), false, params, pinned(ints, fun.result(), inner, depth), Span.NONE);
    }

    /**
     * A body that uses each Int# parameter in a primop or a literal pattern, so boxity analysis
     * sees it as Int# even when the function is only ever called unknown.
     */
    private Expr pinned(List<Binder> ints, Type result, Scope scope, int depth) {
        return pinned(ints, result, scope, depth, inner -> expr(result, inner, depth));
    }

    private Expr pinned(List<Binder> ints, Type result, Scope scope, int depth, Function<Scope, Expr> body) {
        if (ints.isEmpty()) return body.apply(scope);
        Var p = var(ints.get(0).name());
        List<Binder> rest = ints.subList(1, ints.size());
        // A pin's binder must not shadow a parameter still to be pinned.
        Set<String> unpinned = new HashSet<>();
        rest.forEach(r -> unpinned.add(r.name()));
        if (random.nextBoolean()) {
            Binder q = binder(Type.INT, scope, unpinned);
            Expr scrutinee = new Expr.PrimApp(pick(List.of(PrimOp.ADD, PrimOp.SUB, PrimOp.MUL, PrimOp.LT)),
                    List.of(p, literal()), Span.NONE);
            exprTypes.put(scrutinee, Type.INT);
            Expr inner = pinned(rest, result, scope.with(Variable.value(q.name(), Type.INT)), depth, body);
            return new Expr.Case(scrutinee, List.of(new Alt.VarAlt(q, inner, Span.NONE)), Span.NONE);
        }
        Expr scrutinee = new Expr.App(p, List.of(), Span.NONE);
        exprTypes.put(scrutinee, Type.INT);
        Binder w = binder(Type.INT, scope, unpinned);
        return new Expr.Case(scrutinee, List.of(
                new Alt.LitAlt(random.nextInt(3), expr(result, scope, depth - 2), Span.NONE),
                new Alt.VarAlt(w, pinned(rest, result, scope.with(Variable.value(w.name(), Type.INT)), depth, body),
                        Span.NONE)), Span.NONE);
    }

    private Expr caseOf(Type type, Scope scope, int depth) {
        Type scrutineeType = pick(Type.PRINTABLE);
        return alternatives(expr(scrutineeType, scope, depth - 1), scrutineeType, type, scope, depth);
    }

    /** A case on {@code scrutinee}, always exhaustive; an Int# case always has a literal alternative. */
    private Expr alternatives(Expr scrutinee, Type scrutineeType, Type type, Scope scope, int depth) {
        List<Alt> alts = new ArrayList<>();
        if (scrutineeType == Type.INT) {
            int first = random.nextInt(4) - 1;
            alts.add(new Alt.LitAlt(first, expr(type, scope, depth - 1), Span.NONE));
            if (random.nextBoolean()) alts.add(new Alt.LitAlt(first + 1, expr(type, scope, depth - 1), Span.NONE));
            alts.add(fallback(Type.INT, type, scope, depth));
        } else if (scrutineeType == Type.BOX) {
            int shape = random.nextInt(3);
            if (shape == 0) {
                Binder a = binder(Type.INT, scope, Set.of());
                alts.add(new Alt.ConAlt("I", List.of(a),
                        expr(type, scope.with(Variable.value(a.name(), Type.INT)), depth - 1), Span.NONE));
            } else {
                alts.add(fallback(Type.BOX, type, scope, depth));
            }
        } else {
            int shape = random.nextInt(4);
            if (shape < 2) alts.add(new Alt.ConAlt("Nil", List.of(), expr(type, scope, depth - 1), Span.NONE));
            if (shape != 1) {
                Binder y = binder(Type.BOX, scope, Set.of());
                Binder ys = binder(Type.LIST, scope, Set.of(y.name()));
                alts.add(new Alt.ConAlt("Cons", List.of(y, ys), expr(type, scope.with(List.of(
                        Variable.value(y.name(), Type.BOX), Variable.value(ys.name(), Type.LIST))), depth - 1),
                        Span.NONE));
            }
            if (shape != 0) alts.add(fallback(Type.LIST, type, scope, depth));
        }
        return new Expr.Case(scrutinee, alts, Span.NONE);
    }

    private Alt fallback(Type scrutineeType, Type type, Scope scope, int depth) {
        if (random.nextBoolean()) return new Alt.DefaultAlt(expr(type, scope, depth - 1), Span.NONE);
        Binder v = binder(scrutineeType, scope, Set.of());
        return new Alt.VarAlt(v, expr(type, scope.with(Variable.value(v.name(), scrutineeType)), depth - 1),
                Span.NONE);
    }

    /**
     * {@code letrec} of one or two functions of one type whose first parameter is a counter:
     * {@code f = \n .. -> case <=# n 0# of { 1# -> base; default -> case -# n 1# of { m -> step } }},
     * where only the step may call the group, and only with {@code m}. The body calls the group
     * with a small literal counter.
     */
    private Expr recursiveGroup(Type type, Scope scope, int depth) {
        List<Type> params = new ArrayList<>(List.of(Type.INT));
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) params.add(pick(List.of(Type.INT, Type.BOX, Type.LIST)));
        Type.Fun fun = new Type.Fun(params, pick(Type.PRINTABLE));
        int size = 1 + random.nextInt(2);
        List<Binder> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < size; i++) {
            names.add(binder(fun, scope, taken));
            taken.add(names.get(names.size() - 1).name());
        }
        List<Binding> group = new ArrayList<>();
        for (Binder name : names) group.add(new Binding(name, recursiveFunction(fun, names, scope, depth - 1)));
        List<Variable> callable = names.stream()
                .map(n -> new Variable(n.name(), fun, Use.RECURSIVE, Scope.LITERAL_COUNTER)).toList();
        Scope inBody = scope.with(callable);
        Expr first = withLets(pending -> application(callable.get(0), params.size(), inBody, pending,
                depth));
        exprTypes.put(first, fun.result());
        Expr body = fun.result().equals(type) && random.nextBoolean() ? first
                : alternatives(first, fun.result(), type, inBody, depth - 1);
        return new Expr.Let(true, group, body, Span.NONE);
    }

    private LambdaForm recursiveFunction(Type.Fun fun, List<Binder> group, Scope scope, int depth) {
        List<Binder> params = new ArrayList<>();
        List<Variable> bound = new ArrayList<>();
        Binder n = fresh(Type.INT);
        params.add(n);
        bound.add(new Variable(n.name(), Type.INT, Use.COUNTER, null));
        for (Type param : fun.params().subList(1, fun.params().size())) {
            Binder p = fresh(param);
            params.add(p);
            bound.add(Variable.value(p.name(), param));
        }
        Scope hidden = scope.with(group.stream().map(g -> new Variable(g.name(), fun, Use.RECURSIVE, null)).toList())
                .with(bound);
        Binder m = fresh(Type.INT);
        List<Binder> ints = params.subList(1, params.size()).stream().filter(p -> binderTypes.get(p) == Type.INT)
                .toList();
        Expr body = pinned(ints, fun.result(), hidden, depth, inner -> countdown(fun, n, m, group, inner, depth));
        return new LambdaForm(List.of(), false, params, body, Span.NONE);
    }

    /** {@code case <=# n 0# of { 1# -> base; default -> case -# n 1# of { m -> step } }}. */
    private Expr countdown(Type.Fun fun, Binder n, Binder m, List<Binder> group, Scope hidden, int depth) {
        Scope inStep = hidden.with(group.stream().map(g -> new Variable(g.name(), fun, Use.RECURSIVE, m.name())).toList())
                .with(new Variable(m.name(), Type.INT, Use.COUNTER, null));
        Expr step = recursiveStep(fun, inStep, depth);
        Expr decrement = new Expr.PrimApp(PrimOp.SUB, List.of(var(n.name()), new Lit(1, Span.NONE)), Span.NONE);
        Expr test = new Expr.PrimApp(PrimOp.LE, List.of(var(n.name()), new Lit(0, Span.NONE)), Span.NONE);
        exprTypes.put(decrement, Type.INT);
        exprTypes.put(test, Type.INT);
        return new Expr.Case(test, List.of(
                new Alt.LitAlt(1, expr(fun.result(), hidden, depth - 1), Span.NONE),
                new Alt.DefaultAlt(new Expr.Case(decrement, List.of(new Alt.VarAlt(m, step, Span.NONE)), Span.NONE),
                        Span.NONE)), Span.NONE);
    }

    /** The step of a recursion: a tail call, a lazily shared recursive result, or a case on one. */
    private Expr recursiveStep(Type.Fun fun, Scope scope, int depth) {
        Variable callee = pick(scope.matching(v -> v.use() == Use.RECURSIVE && v.counter() != null
                && v.type().equals(fun)));
        int form = random.nextInt(3);
        Expr call = withLets(pending -> application(callee, fun.params().size(), scope, pending, depth));
        exprTypes.put(call, fun.result());
        if (form == 0) return call;
        if (form == 1 && fun.result() != Type.INT) {
            Binder shared = binder(fun.result(), scope, Set.of());
            LambdaForm thunk = new LambdaForm(List.of(), true, List.of(), call, Span.NONE);
            Expr body = expr(fun.result(), scope.with(Variable.value(shared.name(), fun.result())), depth - 1);
            return new Expr.Let(false, List.of(new Binding(shared, thunk)), body, Span.NONE);
        }
        return alternatives(call, fun.result(), fun.result(), scope, depth - 1);
    }

    /** {@code letrec a = \ -> Cons x b; b = \ -> Cons y a in take k a}: a cycle read a bounded way. */
    private Expr cyclicList(Scope scope, int depth) {
        Variable take = scope.lookup(Prelude.TAKE);
        if (take != Prelude.TAKE_FUNCTION) return null;
        return withLets(pending -> {
            int size = 1 + random.nextInt(2);
            List<Binder> names = new ArrayList<>();
            for (int i = 0; i < size; i++) names.add(fresh(Type.LIST));
            List<Binding> cycle = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Expr cons = new Expr.ConApp("Cons", List.of(atom(Type.BOX, scope, pending, depth - 1),
                        var(names.get((i + 1) % size).name())), Span.NONE);
                exprTypes.put(cons, Type.LIST);
                cycle.add(new Binding(names.get(i), new LambdaForm(List.of(), random.nextBoolean(), List.of(), cons,
                        Span.NONE)));
            }
            Expr take3 = new Expr.App(var(Prelude.TAKE), List.of(new Lit(random.nextInt(6), Span.NONE),
                    var(names.get(0).name())), Span.NONE);
            exprTypes.put(take3, Type.LIST);
            return new Expr.Let(true, cycle, take3, Span.NONE);
        });
    }

    // ---- atoms, names, types ----

    /** A variable of the type in scope, a literal, or a new let-bound closure added to {@code pending}. */
    private Atom atom(Type type, Scope scope, List<Binding> pending, int depth) {
        List<Variable> vars = scope.values(type);
        if (type == Type.INT) return !vars.isEmpty() && random.nextBoolean() ? var(pickRecent(vars).name()) : literal();
        if (!vars.isEmpty() && random.nextInt(4) > 0) return var(pickRecent(vars).name());
        Binder name = fresh(type);
        pending.add(new Binding(name, closure(type, scope.inside(name.name()), Math.min(depth, 2))));
        return var(name.name());
    }

    private Type functionType(int nesting) {
        if (random.nextInt(3) == 0) return pick(Prelude.COMMON_FUNCTIONS);
        Type result = nesting > 1 && random.nextInt(5) == 0 ? functionType(nesting - 1) : pick(Type.PRINTABLE);
        return new Type.Fun(parameters(nesting), result);
    }

    private Type functionReturning(Type result) {
        return new Type.Fun(parameters(2), result);
    }

    private List<Type> parameters(int nesting) {
        int arity = 1 + random.nextInt(3);
        List<Type> params = new ArrayList<>();
        for (int i = 0; i < arity; i++) {
            int kind = random.nextInt(nesting > 1 ? 5 : 3);
            params.add(kind < 3 ? Type.PRINTABLE.get(kind) : pick(Prelude.COMMON_FUNCTIONS));
        }
        return params;
    }

    /**
     * A fresh name, or often (deliberately) the name of a variable in scope or of an enclosing
     * closure, shadowing it; never a counter or a recursive function, which recursive calls must
     * still see.
     */
    private Binder binder(Type type, Scope scope, Set<String> taken) {
        if (random.nextDouble() < SHADOWING) {
            List<String> parents = scope.enclosingClosures().stream().filter(n -> !taken.contains(n)).toList();
            if (!parents.isEmpty() && random.nextBoolean()) return typed(new Binder(pickRecent(parents), Span.NONE), type);
            List<Variable> shadowable = scope.matching(v -> v.use() == Use.VALUE && !taken.contains(v.name()));
            if (!shadowable.isEmpty()) return typed(new Binder(pick(shadowable).name(), Span.NONE), type);
        }
        return fresh(type);
    }

    private Binder fresh(Type type) {
        String prefix = type == Type.INT ? "i" : type == Type.BOX ? "b" : type == Type.LIST ? "l" : "f";
        return typed(new Binder(prefix + nextName++, Span.NONE), type);
    }

    private Binder typed(Binder binder, Type type) {
        binderTypes.put(binder, type);
        return binder;
    }

    private Lit literal() {
        return new Lit(random.nextInt(11) - 3, Span.NONE);
    }

    private Lit nonZeroLiteral() {
        int magnitude = 1 + random.nextInt(4);
        return new Lit(random.nextBoolean() ? magnitude : -magnitude, Span.NONE);
    }

    private static Var var(String name) {
        return new Var(name, Span.NONE);
    }

    /** Mostly one of the last few: the innermost variables, so what a let binds gets used. */
    private <T> T pickRecent(List<T> choices) {
        int recent = Math.min(3, choices.size());
        if (random.nextInt(10) < 7) return choices.get(choices.size() - 1 - random.nextInt(recent));
        return pick(choices);
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
