package dev.stg.interp.code;

import dev.stg.core.analysis.Boxity;
import dev.stg.core.parse.Dialect;
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
import dev.stg.core.syntax.Program;
import dev.stg.core.syntax.Rep;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.UnboxedTuples;
import dev.stg.core.syntax.Var;
import dev.stg.interp.heap.Heap;
import org.eclipse.collections.api.list.primitive.MutableIntList;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.api.map.primitive.MutableLongIntMap;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles a checked program to info tables and code (docs/machine.md). Every variable is
 * resolved once, here, to an {@link Operand}: a register slot, a field of the node, a field of
 * an ancestor reached through parent pointers (nested entries {@code p{a b}}), a global, or a
 * constant. The same compiler serves every closure mode: a flat program simply has no nested
 * entries.
 */
public final class CodeGen {

    private final Boxity boxity;
    private final AccessStrategy access;
    private final InfoTables infos = new InfoTables();
    private final Map<String, InfoTable> constructors = new LinkedHashMap<>();
    /** Declared constructors' tags: their positions in their data declarations, as in GHC. */
    private final Map<String, Integer> declaredTags = new HashMap<>();
    private final MutableLongList constants = new LongArrayList();
    /** Every unknown call's span, by the index its ARGS frames carry. */
    private final List<Span> callSites = new ArrayList<>();
    private final MutableLongIntMap constantIndex = new LongIntHashMap();
    private int registerSlots = 1;
    /** The program's static bytes: Addr# literals, laid out once each (by their bytes). */
    private final ByteArrayOutputStream staticBytes = new ByteArrayOutputStream();
    private final Map<String, Integer> addrOffsets = new HashMap<>();

    private CodeGen(Boxity boxity, AccessStrategy access) {
        this.boxity = boxity;
        this.access = access;
    }

    public static CompiledProgram compile(Program program, Boxity boxity, AccessStrategy access, Dialect dialect) {
        return new CodeGen(boxity, access).compileProgram(program, dialect);
    }

    // ---------------------------------------------------------------- program and globals

    private CompiledProgram compileProgram(Program program, Dialect dialect) {
        for (DataDecl decl : program.dataDecls()) {
            for (int i = 0; i < decl.constructors().size(); i++) declaredTags.put(decl.constructors().get(i).name(), i);
        }
        new ConstructorCollector(this::constructor).collect(program);
        Map<String, Integer> addresses = new LinkedHashMap<>();
        List<Known> globals = new ArrayList<>();
        int next = Heap.FIRST_STATIC;
        Env env = Env.EMPTY;
        for (Binding binding : program.bindings()) {
            Known known = prepareKnown(binding.name(), binding.lambda());
            addresses.put(binding.name(), next);
            globals.add(known);
            env = env.bind(binding.name(), new VarInfo(Operand.global(next), false, known));
            next += known.info.words();
        }
        long[] image = new long[next];
        image[Heap.DEAD_ADDRESS] = infos.dead.index;
        int address = Heap.FIRST_STATIC;
        for (Known known : globals) {
            image[address] = known.info.index;
            if (known.conLayout) {
                List<Atom> args = known.lambda.constructorLayout().orElseThrow().args();
                for (int i = 0; i < args.size(); i++) {
                    image[address + 1 + i] = args.get(i) instanceof Lit lit ? word(lit)
                            : addresses.get(((Var) args.get(i)).name());
                }
            } else {
                compileBody(known, env, Env.EMPTY);
            }
            address += known.info.words();
        }
        infos.seal();
        Map<String, List<Rep>> resultReps = new LinkedHashMap<>();
        for (Binding binding : program.bindings()) resultReps.put(binding.name(), boxity.resultReps(binding.lambda()));
        return new CompiledProgram(infos, image, Map.copyOf(addresses), Map.copyOf(resultReps), constants.toArray(),
                registerSlots, dialect, staticBytes.toByteArray(), callSites.toArray(Span[]::new));
    }

    private InfoTable constructor(String name, int arity) {
        return constructors.computeIfAbsent(name, n -> {
            Rep[] reps = boxity.constructors().contains(n) ? boxity.fieldReps(n) : new Rep[arity];
            byte[] types = new byte[arity];
            for (int i = 0; i < arity; i++) types[i] = reps[i] == null || reps[i].isPointer() ? InfoTable.PTR : InfoTable.INT;
            int alt = constructors.size();
            InfoTable table = infos.constructor(n, declaredTags.getOrDefault(n, alt), alt, types);
            table.attach(reps);
            return table;
        });
    }

    // ---------------------------------------------------------------- closures

    /**
     * A closure whose lambda-form is known where it is referenced: for known calls, and for
     * finding a variable inside it when a nested entry reaches through it.
     */
    static final class Known {
        final String name;
        final LambdaForm lambda;
        final InfoTable info;
        /** Allocated as the constructor its body builds: fields are the constructor's arguments. */
        final boolean conLayout;
        final LambdaCode code;
        /** The known closures of this closure's own nested entries, by head name. */
        final Map<String, Known> parents = new HashMap<>();

        Known(String name, LambdaForm lambda, InfoTable info, boolean conLayout, LambdaCode code) {
            this.name = name;
            this.lambda = lambda;
            this.info = info;
            this.conLayout = conLayout;
            this.code = code;
        }

        int fieldCount() {
            return info.fieldCount();
        }

        /** The word offset of {@code name} inside this closure. */
        int offsetOf(String variable) {
            if (conLayout) {
                List<Atom> args = lambda.constructorLayout().orElseThrow().args();
                for (int i = 0; i < args.size(); i++) {
                    if (args.get(i) instanceof Var v && v.name().equals(variable)) return 1 + i;
                }
            } else {
                List<FreeVarEntry> entries = lambda.freeVars();
                for (int i = 0; i < entries.size(); i++) {
                    if (entries.get(i).name().equals(variable)) return info.firstField + i;
                }
            }
            throw new IllegalStateException("closure " + name + " does not hold " + variable);
        }

        int fieldIndexOf(String variable) {
            return offsetOf(variable) - info.firstField;
        }

        boolean isFunction() {
            return !conLayout && lambda.isFunction();
        }
    }

    /** Creates the info table (and, for code-bearing closures, an empty LambdaCode) of a closure. */
    private Known prepareKnown(String name, LambdaForm lf) {
        Optional<Expr.ConApp> layout = lf.constructorLayout();
        if (layout.isPresent()) {
            Expr.ConApp con = layout.get();
            InfoTable info = constructor(con.constructor(), con.args().size());
            return new Known(name, lf, info, true, null);
        }
        Kind kind = lf.isFunction() ? Kind.FUN : Kind.THUNK;
        InfoTable info = infos.add(kind, name, lf.span(), lf.arity(), lf.updatable(),
                new byte[lf.freeVars().size()], new long[lf.freeVars().size()]);
        for (int i = 0; i < info.fieldNames.length; i++) info.fieldNames[i] = lf.freeVars().get(i).name();
        byte[] paramTypes = new byte[lf.arity()];
        byte[] paramKinds = new byte[lf.arity()];
        java.util.Set<String> mentioned = lf.arity() == 0 ? java.util.Set.of() : MentionedNames.in(lf.body());
        for (int i = 0; i < paramTypes.length; i++) {
            paramTypes[i] = boxity.isInt(lf.params().get(i)) ? InfoTable.INT : InfoTable.PTR;
            // A parameter the body never mentions has no kind: either may be passed.
            paramKinds[i] = mentioned.contains(lf.params().get(i).name()) ? paramTypes[i] : LambdaCode.ANY_KIND;
        }
        return new Known(name, lf, info, false,
                new LambdaCode(info, lf.arity(), infos.args(paramTypes), paramKinds));
    }

    /** Field types need the definition environment: what each entry names. */
    private void layOut(Known known, Env defEnv) {
        if (known.conLayout) return;
        List<FreeVarEntry> entries = known.lambda.freeVars();
        for (int i = 0; i < entries.size(); i++) {
            FreeVarEntry entry = entries.get(i);
            if (entry instanceof FreeVarEntry.Parent parent) {
                known.parents.put(parent.name(), defEnv.lookupHead(parent.name()).known);
                known.info.fieldTypes[i] = InfoTable.PARENT;
            } else {
                known.info.fieldTypes[i] = defEnv.lookup(entry.name()).isInt ? InfoTable.INT : InfoTable.PTR;
            }
        }
    }

    /**
     * What each parent edge demands: the paths of its nested entry, down the chain. Run once
     * the whole let group is laid out, since a parent in the same group knows its own parents
     * only then.
     */
    private static void setDemands(Known known) {
        if (known.conLayout) return;
        List<FreeVarEntry> entries = known.lambda.freeVars();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof FreeVarEntry.Parent parent) {
                known.info.parentDemand[i] = demand(known.parents.get(parent.name()), parent, known.lambda.body());
            }
        }
    }

    /**
     * What {@code body} demands of {@code target} through the nested entry {@code entry}: all of
     * it when the body uses it as a value (at any depth of the chain: a closure reached through
     * two parents may still be called), else the fields the entry reaches and the paths beyond.
     */
    private static Demand demand(Known target, FreeVarEntry.Parent entry, Expr body) {
        if (UsesAsValue.in(body, entry.name())) return Demand.ALL;
        long mask = 0;
        Demand[] through = new Demand[target.fieldCount()];
        for (FreeVarEntry reached : entry.reached()) {
            int field = target.fieldIndexOf(reached.name());
            if (field >= 63) return Demand.ALL;
            mask |= 1L << field;
            if (target.info.fieldTypes[field] != InfoTable.PARENT) continue;
            Known grandparent = target.parents.get(reached.name());
            if (reached instanceof FreeVarEntry.Parent path && grandparent != null) {
                through[field] = demand(grandparent, path, body);
            } else if (UsesAsValue.in(body, reached.name())) {
                through[field] = Demand.ALL;
            }
        }
        return Demand.of(mask, through);
    }

    /**
     * Compiles a closure's body. Its scope is the globals, its fields and its parameters; the
     * definition environment only tells what the fields' variables are (boxity, known closures).
     */
    private void compileBody(Known known, Env globals, Env defEnv) {
        Ctx ctx = new Ctx(known.lambda.arity(), MentionedNames.in(known.lambda.body()),
                access == AccessStrategy.AUTO ? ReadCounts.in(known.lambda.body()) : Map.of());
        Env env = globals.bindSelf(known.name, Operand.local(0), known);
        ctx.name(0, known.name);
        ctx.markBase(0, known.info);
        List<FreeVarEntry> entries = known.lambda.freeVars();
        for (int i = 0; i < entries.size(); i++) {
            env = bindField(env, ctx, entries.get(i), 0, known.info.firstField + i, known, defEnv);
        }
        List<Binder> params = known.lambda.params();
        for (int i = 0; i < params.size(); i++) {
            boolean isInt = boxity.isInt(params.get(i));
            ctx.declare(i + 1, isInt);
            ctx.name(i + 1, params.get(i).name());
            env = env.bind(params.get(i).name(), new VarInfo(Operand.local(i + 1), isInt, null));
        }
        Compiled body = compile(known.lambda.body(), env, ctx);
        known.code.setBody(body.code, ctx.loadSlots.toArray(), ctx.loadOperands.toArray(), ctx.hops);
        registerSlots = Math.max(registerSlots, ctx.next);
    }

    /**
     * Binds one field entry of a closure (or of an ancestor reached through a nested entry),
     * found at {@code offset} in the object whose pointer is in slot {@code baseSlot}.
     */
    private Env bindField(Env env, Ctx ctx, FreeVarEntry entry, int baseSlot, int offset, Known holder, Env defEnv) {
        int field = Operand.field(baseSlot, offset);
        if (!ctx.needs(entry)) return env;
        if (entry instanceof FreeVarEntry.Parent parent) {
            Known target = holder.parents.get(parent.name());
            if (parent.reached().stream().noneMatch(ctx::needs)) {
                int operand = field;
                if (access.loadsOnEntry(ctx.reads, parent.name())) {
                    int slot = ctx.load(field, false, false);
                    ctx.name(slot, parent.name());
                    // Obtained through a masked edge: a parent edge demanding only what the body asks.
                    ctx.markBase(slot, target.info);
                    operand = Operand.local(slot);
                }
                return env.bind(parent.name(), new VarInfo(operand, false, target));
            }
            // Each ancestor the body reads through is loaded once per entry, whatever the
            // strategy: reading n variables through a chain costs one hop per link, not per variable.
            int slot = ctx.load(field, false, true);
            ctx.name(slot, parent.name());
            ctx.markBase(slot, target.info);
            env = env.bind(parent.name(), new VarInfo(Operand.local(slot), false, target));
            for (FreeVarEntry reached : parent.reached()) {
                env = bindField(env, ctx, reached, slot, target.offsetOf(reached.name()), target, Env.EMPTY);
            }
            return env;
        }
        boolean isInt = holder.info.fieldTypes[holder.fieldIndexOf(entry.name())] == InfoTable.INT;
        VarInfo outer = defEnv.find(entry.name());
        Known known = outer == null ? null : outer.known;
        int operand = field;
        if (access.loadsOnEntry(ctx.reads, entry.name())) {
            operand = Operand.local(ctx.load(field, isInt, false));
            ctx.name(Operand.payload(operand), entry.name());
        }
        return env.bind(entry.name(), new VarInfo(operand, isInt, known));
    }

    // ---------------------------------------------------------------- expressions

    private record Compiled(Code code, SlotUses uses) {
    }

    private Compiled compile(Expr expr, Env env, Ctx ctx) {
        return expr.accept(new Expr.Visitor<>() {
            @Override
            public Compiled let(Expr.Let let) {
                return compileLet(let, env, ctx);
            }

            @Override
            public Compiled join(Expr.Join join) {
                return compileJoin(join, env, ctx);
            }

            @Override
            public Compiled caseOf(Expr.Case c) {
                return compileCase(c, env, ctx);
            }

            @Override
            public Compiled app(Expr.App app) {
                return compileApp(app, env, ctx);
            }

            @Override
            public Compiled conApp(Expr.ConApp con) {
                return compileConApp(con, env, ctx);
            }

            @Override
            public Compiled primApp(Expr.PrimApp prim) {
                return compilePrimApp(prim, env, ctx);
            }

            @Override
            public Compiled lit(Lit lit) {
                return new Compiled(new Code.ReturnInt(lit.span(), constant(word(lit))), new SlotUses());
            }
        });
    }

    private Compiled compileConApp(Expr.ConApp con, Env env, Ctx ctx) {
        int[] args = operands(con.args(), env);
        if (UnboxedTuples.is(con.constructor())) {
            long pointers = 0;
            for (int i = 0; i < args.length; i++) if (isPointerAtom(con.args().get(i), env)) pointers |= 1L << i;
            return new Compiled(new Code.ReturnTuple(con.span(), null, args, pointers), ctx.uses(args));
        }
        InfoTable info = constructor(con.constructor(), args.length);
        SlotUses uses = ctx.uses(args);
        return new Compiled(new Code.ReturnCon(con.span(), info, args, ctx.roots(uses)), uses);
    }

    private Compiled compilePrimApp(Expr.PrimApp prim, Env env, Ctx ctx) {
        if (prim.op() == PrimOp.SEQ) return compile(seqAsCase(prim), env, ctx);
        int[] args = operands(prim.args(), env);
        if (prim.op().returnsTuple()) {
            long pointers = 0;
            List<dev.stg.core.syntax.Rep> reps = prim.op().results();
            for (int i = 0; i < reps.size(); i++) if (reps.get(i).isPointer()) pointers |= 1L << i;
            return new Compiled(new Code.ReturnTuple(prim.span(), prim.op(), args, pointers), ctx.uses(args));
        }
        return new Compiled(new Code.Prim(prim.span(), prim.op(), arg(args, 0), arg(args, 1)), ctx.uses(args));
    }

    /**
     * {@code seq# x} evaluates x and returns it in a {@code Solo#}: the case
     * {@code case x of v -> Solo# v}, so it needs no machine rule of its own.
     */
    private static Expr seqAsCase(Expr.PrimApp seq) {
        Span at = seq.span();
        Binder value = new Binder("seq#", at);
        Expr.App evaluate = new Expr.App((Var) seq.args().get(0), List.of(), at);
        Expr solo = new Expr.ConApp(UnboxedTuples.name(1), List.of(new Var(value.name(), at)), at);
        return new Expr.Case(evaluate, List.of(new Alt.VarAlt(value, solo, at)), at);
    }

    /**
     * Join points are compiled into the enclosing body: their parameters get slots of its
     * register frame, and a jump's liveness includes what the join point reads from the frame
     * (its free variables, and those of the join points it jumps to in turn).
     */
    private Compiled compileJoin(Expr.Join join, Env env, Ctx ctx) {
        List<Binding> bindings = join.bindings();
        int n = bindings.size();
        JoinPoint[] points = new JoinPoint[n];
        for (int i = 0; i < n; i++) {
            List<Binder> params = bindings.get(i).lambda().params();
            int[] slots = new int[params.size()];
            for (int k = 0; k < slots.length; k++) slots[k] = ctx.fresh(boxity.isInt(params.get(k)));
            points[i] = new JoinPoint(bindings.get(i).name(), slots);
        }
        int[][] free = joinFreeOperands(join, env);
        Env bodyEnv = env;
        for (int i = 0; i < n; i++) {
            bodyEnv = bodyEnv.bind(bindings.get(i).name(), new VarInfo(NOT_A_VALUE, false, null,
                    new JoinBinding(points[i], free[i])));
        }
        Env rhsEnv = join.recursive() ? bodyEnv : env;
        for (int i = 0; i < n; i++) {
            List<Binder> params = bindings.get(i).lambda().params();
            Env inner = rhsEnv;
            for (int k = 0; k < params.size(); k++) {
                inner = inner.bind(params.get(k).name(), new VarInfo(Operand.local(points[i].paramSlots[k]),
                        boxity.isInt(params.get(k)), null));
            }
            points[i].setBody(compile(bindings.get(i).lambda().body(), inner, ctx).code);
        }
        return compile(join.body(), bodyEnv, ctx);
    }

    /**
     * Per join point of the group, the operands its body reads from the frame: its listed free
     * variables, where a listed join point stands for that one's own (to a fixed point in a joinrec).
     */
    private static int[][] joinFreeOperands(Expr.Join join, Env env) {
        List<Binding> bindings = join.bindings();
        Map<String, Integer> group = new HashMap<>();
        for (int i = 0; i < bindings.size(); i++) group.put(bindings.get(i).name(), i);
        List<java.util.Set<Integer>> free = new ArrayList<>();
        for (Binding b : bindings) {
            java.util.Set<Integer> operands = new java.util.LinkedHashSet<>();
            for (FreeVarEntry entry : b.lambda().freeVars()) {
                if (join.recursive() && group.containsKey(entry.name())) continue;
                VarInfo info = env.lookup(entry.name());
                if (info.join() != null) {
                    for (int op : info.join().free()) operands.add(op);
                } else {
                    operands.add(info.operand());
                }
            }
            free.add(operands);
        }
        boolean changed = join.recursive();
        while (changed) {
            changed = false;
            for (int i = 0; i < bindings.size(); i++) {
                for (FreeVarEntry entry : bindings.get(i).lambda().freeVars()) {
                    Integer sibling = group.get(entry.name());
                    if (sibling != null && free.get(i).addAll(free.get(sibling))) changed = true;
                }
            }
        }
        int[][] result = new int[bindings.size()][];
        for (int i = 0; i < result.length; i++) result[i] = free.get(i).stream().mapToInt(Integer::intValue).toArray();
        return result;
    }

    private Compiled compileLet(Expr.Let let, Env env, Ctx ctx) {
        List<Binding> bindings = let.bindings();
        int[] slots = new int[bindings.size()];
        Known[] knowns = new Known[bindings.size()];
        Env bodyEnv = env;
        for (int i = 0; i < bindings.size(); i++) {
            slots[i] = ctx.fresh(false);
            ctx.name(slots[i], bindings.get(i).name());
            knowns[i] = prepareKnown(bindings.get(i).name(), bindings.get(i).lambda());
            bodyEnv = bodyEnv.bind(bindings.get(i).name(), new VarInfo(Operand.local(slots[i]), false, knowns[i]));
        }
        Env rhsEnv = let.recursive() ? bodyEnv : env;
        for (Known known : knowns) layOut(known, rhsEnv);
        for (Known known : knowns) setDemands(known);
        Code.Alloc[] allocs = new Code.Alloc[bindings.size()];
        SlotUses uses = new SlotUses();
        for (int i = 0; i < bindings.size(); i++) {
            Known known = knowns[i];
            int[] fields;
            if (known.conLayout) {
                fields = operands(known.lambda.constructorLayout().orElseThrow().args(), rhsEnv);
                uses.values(fields, ctx::firstFieldOf);
            } else {
                fields = fieldOperands(known, rhsEnv, uses, ctx);
                compileBody(known, globalsOf(env), rhsEnv);
            }
            allocs[i] = new Code.Alloc(known.info, slots[i], fields, known.name);
        }
        Compiled body = compile(let.body(), bodyEnv, ctx);
        uses.addAll(body.uses).without(slots);
        return new Compiled(new Code.Let(let.span(), allocs, ctx.roots(uses), body.code), uses);
    }

    /** The operands filling a new closure's fields; a parent field's use carries the child's mask. */
    private int[] fieldOperands(Known known, Env env, SlotUses uses, Ctx ctx) {
        List<FreeVarEntry> entries = known.lambda.freeVars();
        int[] operands = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            FreeVarEntry entry = entries.get(i);
            if (entry instanceof FreeVarEntry.Parent) {
                operands[i] = env.lookupHead(entry.name()).operand;
                uses.parentEdge(operands[i], known.info.parentMask(i), ctx::firstFieldOf);
            } else {
                operands[i] = env.lookup(entry.name()).operand;
                uses.value(operands[i], ctx::firstFieldOf);
            }
        }
        return operands;
    }

    private Compiled compileCase(Expr.Case c, Env env, Ctx ctx) {
        CompiledAlts alts = compileAlts(c, env, ctx);
        Expr scrutinee = c.scrutinee();
        if (scrutinee instanceof Expr.PrimApp prim && prim.op() != PrimOp.ERROR && !prim.op().returnsTuple()) {
            int[] args = operands(prim.args(), env);
            return new Compiled(new Code.CaseValue(c.span(), prim.op(), arg(args, 0), arg(args, 1), alts.alts),
                    ctx.uses(args).addAll(alts.uses));
        }
        if (scrutinee instanceof Lit lit) {
            return new Compiled(new Code.CaseValue(c.span(), null, constant(word(lit)), 0, alts.alts), alts.uses);
        }
        if (scrutinee instanceof Expr.App app && app.args().isEmpty() && env.lookup(app.function().name()).isInt) {
            int operand = env.lookup(app.function().name()).operand;
            return new Compiled(new Code.CaseValue(c.span(), null, operand, 0, alts.alts),
                    ctx.uses(new int[]{operand}).addAll(alts.uses));
        }
        Compiled scrut = compile(scrutinee, env, ctx);
        int[] saved = alts.uses.reads.stream().toArray();
        byte[] types = new byte[saved.length];
        long[] masks = new long[saved.length];
        for (int i = 0; i < saved.length; i++) {
            int slot = saved[i];
            if (!ctx.isPointer(slot)) {
                types[i] = InfoTable.INT;
            } else if (ctx.firstFieldOf(slot) >= 0) {
                // The node or an ancestor is read through at its own layout, so it is a parent
                // edge (never short-circuited); saved only for some fields, it demands just those.
                types[i] = InfoTable.PARENT;
                masks[i] = alts.uses.values.get(slot) ? InfoTable.ALL_FIELDS : alts.uses.fieldDemand(slot);
            } else {
                types[i] = InfoTable.PTR;
            }
        }
        InfoTable frame = infos.add(Kind.CASE_FRAME, "case", c.span(), 0, false, types, masks);
        for (int i = 0; i < saved.length; i++) frame.fieldNames[i] = ctx.nameOf(saved[i]);
        frame.attach(new CaseContinuation(saved, alts.alts));
        return new Compiled(new Code.Case(c.span(), scrut.code, frame), new SlotUses().addAll(scrut.uses)
                .addAll(alts.uses));
    }

    private record CompiledAlts(Alternatives alts, SlotUses uses) {
    }

    private CompiledAlts compileAlts(Expr.Case c, Env env, Ctx ctx) {
        List<Alternatives.Alt> alts = new ArrayList<>();
        MutableLongList literals = new LongArrayList();
        int[] altByTag = null;
        Code defaultBody = null;
        int defaultBinder = -1;
        boolean defaultBinderIsInt = false;
        SlotUses uses = new SlotUses();
        if (c.alts().get(0) instanceof Alt.ConAlt tuple && UnboxedTuples.is(tuple.constructor())) {
            return compileTupleAlt(tuple, env, ctx, c.span());
        }
        for (Alt alt : c.alts()) {
            if (alt instanceof Alt.ConAlt conAlt) {
                InfoTable con = constructor(conAlt.constructor(), conAlt.vars().size());
                if (altByTag == null) altByTag = newTagTable();
                Env altEnv = env;
                int[] slots = new int[conAlt.vars().size()];
                for (int i = 0; i < slots.length; i++) {
                    Binder var = conAlt.vars().get(i);
                    boolean isInt = con.fieldTypes[i] == InfoTable.INT;
                    slots[i] = ctx.fresh(isInt);
                    ctx.name(slots[i], var.name());
                    altEnv = altEnv.bind(var.name(), new VarInfo(Operand.local(slots[i]), isInt, null));
                }
                Compiled body = compile(conAlt.body(), altEnv, ctx);
                if (altByTag[con.alt] < 0) altByTag[con.alt] = alts.size();
                alts.add(new Alternatives.Alt(slots, body.code));
                uses.addAll(body.uses.without(slots));
            } else if (alt instanceof Alt.LitAlt litAlt) {
                Compiled body = compile(litAlt.body(), env, ctx);
                literals.add(litAlt.value());
                alts.add(new Alternatives.Alt(new int[0], body.code));
                uses.addAll(body.uses);
            } else if (alt instanceof Alt.VarAlt varAlt) {
                boolean isInt = boxity.isInt(varAlt.var());
                defaultBinderIsInt = isInt;
                defaultBinder = ctx.fresh(isInt);
                ctx.name(defaultBinder, varAlt.var().name());
                Compiled body = compile(varAlt.body(), env.bind(varAlt.var().name(),
                        new VarInfo(Operand.local(defaultBinder), isInt, null)), ctx);
                defaultBody = body.code;
                uses.addAll(body.uses.without(defaultBinder));
            } else {
                Compiled body = compile(alt.body(), env, ctx);
                defaultBody = body.code;
                uses.addAll(body.uses);
            }
        }
        Alternatives compiled = new Alternatives(altByTag, literals.toArray(),
                alts.toArray(new Alternatives.Alt[0]), defaultBody, defaultBinder, defaultBinderIsInt, c.span());
        return new CompiledAlts(compiled, uses);
    }

    /** The one alternative of a case on an unboxed tuple (any other is unreachable: the pattern always matches). */
    private CompiledAlts compileTupleAlt(Alt.ConAlt tuple, Env env, Ctx ctx, Span span) {
        int[] slots = new int[tuple.vars().size()];
        long pointers = 0;
        Env altEnv = env;
        for (int i = 0; i < slots.length; i++) {
            Binder var = tuple.vars().get(i);
            boolean isInt = boxity.isInt(var);
            if (!isInt) pointers |= 1L << i;
            slots[i] = ctx.fresh(isInt);
            altEnv = altEnv.bind(var.name(), new VarInfo(Operand.local(slots[i]), isInt, null));
        }
        Compiled body = compile(tuple.body(), altEnv, ctx);
        Alternatives alts = new Alternatives(new Alternatives.Alt(slots, body.code), pointers, span);
        return new CompiledAlts(alts, body.uses.without(slots));
    }

    private int[] newTagTable() {
        int[] table = new int[Math.max(1, constructors.size())];
        java.util.Arrays.fill(table, -1);
        return table;
    }

    private Compiled compileApp(Expr.App app, Env env, Ctx ctx) {
        VarInfo function = env.lookup(app.function().name());
        int[] args = operands(app.args(), env);
        SlotUses uses = ctx.uses(args);
        if (function.join() != null) {
            uses.values(function.join().free(), ctx::firstFieldOf);
            return new Compiled(new Code.Jump(app.span(), function.join().point(), args), uses);
        }
        uses.value(function.operand, ctx::firstFieldOf);
        if (args.length == 0) {
            Code code = function.isInt ? new Code.ReturnInt(app.span(), function.operand)
                    : new Code.Eval(app.span(), function.operand);
            return new Compiled(code, uses);
        }
        Known known = function.known;
        if (known != null && known.isFunction() && known.lambda.arity() == args.length) {
            return new Compiled(new Code.KnownCall(app.span(), function.operand, known.code, args), uses);
        }
        byte[] argTypes = new byte[args.length];
        for (int i = 0; i < args.length; i++) {
            argTypes[i] = isPointerAtom(app.args().get(i), env) ? InfoTable.PTR : InfoTable.INT;
        }
        callSites.add(app.span());
        return new Compiled(new Code.Call(app.span(), callSites.size() - 1, function.operand, args, infos.args(argTypes)),
                uses);
    }

    private static boolean isPointerAtom(Atom atom, Env env) {
        return atom instanceof Var v && !env.lookup(v.name()).isInt;
    }

    // ---------------------------------------------------------------- operands

    private int[] operands(List<Atom> atoms, Env env) {
        int[] operands = new int[atoms.size()];
        for (int i = 0; i < operands.length; i++) {
            Atom atom = atoms.get(i);
            operands[i] = atom instanceof Lit lit ? constant(word(lit)) : env.lookup(((Var) atom).name()).operand;
        }
        return operands;
    }

    private static int arg(int[] args, int i) {
        return i < args.length ? args[i] : 0;
    }

    /** A literal's machine word: an Addr# literal's is the offset of its bytes in the static bytes. */
    private long word(Lit lit) {
        if (lit.bytes() == null) return lit.value();
        return addrOffsets.computeIfAbsent(lit.bytes(), text -> {
            int offset = staticBytes.size();
            for (int i = 0; i < text.length(); i++) staticBytes.write(text.charAt(i));
            staticBytes.write(0);
            return offset;
        });
    }

    private int constant(long value) {
        if (!constantIndex.containsKey(value)) {
            constantIndex.put(value, constants.size());
            constants.add(value);
        }
        return Operand.constant(constantIndex.get(value));
    }

    private static Env globalsOf(Env env) {
        return env.globals();
    }

    // ---------------------------------------------------------------- scopes

    /** What a name resolves to while compiling one body; {@code join} for a join point, which is no value. */
    record VarInfo(int operand, boolean isInt, Known known, JoinBinding join) {
        VarInfo(int operand, boolean isInt, Known known) {
            this(operand, isInt, known, null);
        }
    }

    /** A join point in scope: its code, and the operands a jump to it keeps live. */
    record JoinBinding(JoinPoint point, int[] free) {
    }

    /** The operand of a join point's name: never read, since a join point is only jumped to. */
    private static final int NOT_A_VALUE = -1;

    /**
     * A lexical scope as a persistent list. Self entries name the closure whose body is being
     * compiled; they are visible only as heads of nested entries ({@code f{x y}} inside f).
     */
    static final class Env {
        static final Env EMPTY = new Env(null, null, false, null, true);

        private final String name;
        private final VarInfo info;
        private final boolean selfOnly;
        private final Env next;
        private final boolean global;

        private Env(String name, VarInfo info, boolean selfOnly, Env next, boolean global) {
            this.name = name;
            this.info = info;
            this.selfOnly = selfOnly;
            this.next = next;
            this.global = global;
        }

        Env bind(String name, VarInfo info) {
            boolean isGlobal = global && Operand.kind(info.operand()) == Operand.GLOBAL;
            return new Env(name, info, false, this, isGlobal);
        }

        Env bindSelf(String name, int operand, Known known) {
            return new Env(name, new VarInfo(operand, false, known), true, this, false);
        }

        /** The prefix of the scope that holds only globals. */
        Env globals() {
            Env e = this;
            while (e != null && !e.global) e = e.next;
            return e == null ? EMPTY : e;
        }

        VarInfo find(String variable) {
            for (Env e = this; e != null && e.name != null; e = e.next) {
                if (!e.selfOnly && e.name.equals(variable)) return e.info;
            }
            return null;
        }

        VarInfo lookup(String variable) {
            VarInfo found = find(variable);
            if (found == null) throw new IllegalStateException("unbound variable reached the code generator: " + variable);
            return found;
        }

        VarInfo lookupHead(String variable) {
            for (Env e = this; e != null && e.name != null; e = e.next) {
                if (e.name.equals(variable) && e.info.known() != null) return e.info;
            }
            throw new IllegalStateException("nested entry head is not a known closure: " + variable);
        }
    }

    /** Register slots of one body: slot 0 is the node, then the parameters, then everything bound inside. */
    static final class Ctx {
        int next;
        final BitSet pointers = new BitSet();
        final MutableIntList loadSlots = new IntArrayList();
        final MutableIntList loadOperands = new IntArrayList();
        int hops;
        private final java.util.Set<String> mentioned;
        /** How often the body reads each name ({@link ReadCounts}); only {@link AccessStrategy#AUTO} asks. */
        final Map<String, Integer> reads;

        Ctx(int arity, java.util.Set<String> mentioned, Map<String, Integer> reads) {
            next = arity + 1;
            pointers.set(0);
            this.mentioned = mentioned;
            this.reads = reads;
        }

        /** Slots holding the node or a cached ancestor: the info table of the object they hold. */
        private final org.eclipse.collections.api.map.primitive.MutableIntObjectMap<InfoTable> bases =
                new org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap<>();

        void markBase(int slot, InfoTable object) {
            bases.put(slot, object);
        }

        /** The first field's offset of the object a base slot holds, or -1 for other slots. */
        int firstFieldOf(int slot) {
            InfoTable object = bases.get(slot);
            return object == null ? -1 : object.firstField;
        }

        SlotUses uses(int[] operands) {
            SlotUses uses = new SlotUses();
            uses.values(operands, this::firstFieldOf);
            return uses;
        }

        /** Whether the body reads this entry, or something reached through it. */
        boolean needs(FreeVarEntry entry) {
            if (mentioned.contains(entry.name())) return true;
            return entry instanceof FreeVarEntry.Parent parent && parent.reached().stream().anyMatch(this::needs);
        }

        /** The variable each slot holds, for the names of case frames' saved fields. */
        private final org.eclipse.collections.api.map.primitive.MutableIntObjectMap<String> names =
                new org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap<>();

        void name(int slot, String variable) {
            names.put(slot, variable);
        }

        String nameOf(int slot) {
            return names.get(slot);
        }

        void declare(int slot, boolean isInt) {
            if (!isInt) pointers.set(slot);
        }

        int fresh(boolean isInt) {
            int slot = next++;
            declare(slot, isInt);
            return slot;
        }

        /** A slot filled on entry from a field (a free variable, or an ancestor pointer when {@code hop}). */
        int load(int fieldOperand, boolean isInt, boolean hop) {
            int slot = fresh(isInt);
            loadSlots.add(slot);
            loadOperands.add(fieldOperand);
            if (hop) hops++;
            return slot;
        }

        boolean isPointer(int slot) {
            return pointers.get(slot);
        }

        RegisterRoots roots(SlotUses uses) {
            BitSet live = (BitSet) uses.reads.clone();
            live.and(pointers);
            int[] bases = live.stream().filter(s -> firstFieldOf(s) >= 0).toArray();
            Demand[] demands = new Demand[bases.length];
            int[] infos = new int[bases.length];
            for (int i = 0; i < bases.length; i++) {
                demands[i] = uses.values.get(bases[i]) ? Demand.ALL : Demand.of(uses.fieldDemand(bases[i]));
                infos[i] = this.bases.get(bases[i]).index;
            }
            return new RegisterRoots(live.stream().filter(s -> firstFieldOf(s) < 0).toArray(), bases, demands, infos);
        }
    }
}
