package dev.stg.interp.machine;

import dev.stg.core.syntax.PrimOp;
import dev.stg.interp.code.Alternatives;
import dev.stg.interp.code.Code;
import dev.stg.interp.code.CompiledProgram;
import dev.stg.interp.code.InfoTable;
import dev.stg.interp.code.InfoTables;
import dev.stg.interp.code.Kind;
import dev.stg.interp.code.LambdaCode;
import dev.stg.interp.code.Operand;
import dev.stg.interp.code.RegisterRoots;
import dev.stg.interp.gc.Collector;
import dev.stg.interp.gc.HeapExhaustedException;
import dev.stg.interp.heap.Header;
import dev.stg.interp.heap.Heap;
import dev.stg.interp.heap.Stack;
import dev.stg.interp.stats.Stats;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.api.map.primitive.MutableLongObjectMap;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/**
 * The eval/apply STG machine. One run loop executes compiled code in four modes:
 * <ul>
 *   <li>EVAL: execute the current {@link Code};</li>
 *   <li>ENTER: evaluate the object {@code node} points to;</li>
 *   <li>RETURN: hand the value in {@code ret} to the frame on top of the stack;</li>
 *   <li>APPLY: apply the function {@code node} to the arguments in the top ARGS frame.</li>
 * </ul>
 * The hot registers (heap and stack arrays and pointers, the register file, the current code)
 * are Java locals of {@link #run}; they are written back to the heap and stack objects before
 * anything that may collect, and reloaded after. Each step fires one {@link Rule}.
 */
public final class Machine {

    private static final int EVAL = 0;
    private static final int ENTER = 1;
    private static final int RETURN = 2;
    private static final int APPLY = 3;

    private final CompiledProgram program;
    private final InfoTables infoTables;
    private final MachineOptions options;
    private final Heap heap;
    private final Stack stack;
    private final Collector collector;
    private final Stats stats = new Stats();
    /** The register file: node in slot 0, parameters, then the body's binders. */
    private final long[] locals;
    private final long[] argBuffer;
    private final long[] constants;
    /** Pointers held by Java code between evaluations (the value printer): collector roots. */
    private final MutableLongList pinned = new LongArrayList();
    private InfoTable[] tables;
    /**
     * Shapes derived from other shapes, keyed by their info-table indices (and a kind bit):
     * after the first time, the partial-application rules find them without allocating.
     */
    private final MutableLongObjectMap<InfoTable> derivedShapes = new LongObjectHashMap<>();
    private static final long REST = 1L << 62;
    private static final long PAP_OF = 1L << 61;
    private volatile boolean interruptRequested;
    private MachineObserver observer;
    /** The step at which the observer wants a collection; the next allocation then collects. */
    private long observationStep = Long.MAX_VALUE;
    private boolean collectionRequested;

    public Machine(CompiledProgram program, MachineOptions options) {
        this.program = program;
        this.infoTables = program.infos();
        this.options = options;
        this.heap = new Heap(program.staticImage(), options.heapInitialWords(), options.heapMaxWords());
        this.stack = new Stack(1024, options.stackMaxWords());
        this.locals = new long[program.registerSlots() + 1];
        this.argBuffer = new long[program.registerSlots() + 64];
        this.constants = program.constants();
        this.tables = infoTables.toArray();
        this.collector = new Collector(heap, stack, infoTables, stats, options.gcStress() || options.heapChecks(),
                options.ignoreParentMasks());
    }

    public Stats stats() {
        return stats;
    }

    public Heap heap() {
        return heap;
    }

    public Stack stack() {
        return stack;
    }

    public CompiledProgram program() {
        return program;
    }

    public InfoTable info(long address) {
        return tables()[Header.info(heap.words[(int) address])];
    }

    public void setObserver(MachineObserver observer) {
        this.observer = observer;
        this.observationStep = observer == null ? Long.MAX_VALUE : observer.nextCollectionStep(this);
    }

    /** Asks a running evaluation to stop at its next check (Ctrl-C in the REPL). */
    public void interrupt() {
        interruptRequested = true;
    }

    // ---------------------------------------------------------------- roots held by Java code

    /** Keeps {@code pointer} alive and up to date across collections; returns its handle. */
    public int pin(long pointer) {
        pinned.add(pointer);
        return pinned.size() - 1;
    }

    public long pinned(int handle) {
        return pinned.get(handle);
    }

    public void setPinned(int handle, long pointer) {
        pinned.set(handle, pointer);
    }

    public void unpinFrom(int handle) {
        while (pinned.size() > handle) pinned.removeAtIndex(pinned.size() - 1);
    }

    /** Collects now (the REPL's {@code :gc}). */
    public void collectNow() {
        collect(0, RegisterRoots.NONE);
    }

    // ---------------------------------------------------------------- evaluation

    /** The result of an evaluation: a heap pointer to a value, or an Int#. */
    public record Result(long value, boolean pointer) {
    }

    public Result evaluateGlobal(String name) {
        return evaluate(program.globalAddress(name));
    }

    /** Evaluates the object at {@code address} to weak head normal form. */
    public Result evaluate(long address) {
        int base = stack.sp;
        try {
            if (!stack.ensure(stack.sp, 1)) throw stackOverflow();
            stack.words[stack.sp++] = infoTables.stopFrame.index;
            return run(address);
        } finally {
            stack.sp = base;
        }
    }

    private InfoTable[] tables() {
        if (tables.length != infoTables.size()) tables = infoTables.toArray();
        return tables;
    }

    private Result run(long start) {
        long started = System.nanoTime();
        long gcBefore = stats.gcNanos;
        final long[] L = locals;
        final Stats st = stats;
        final long maxSteps = options.maxSteps();
        final boolean stress = options.gcStress();
        final boolean tracing = options.trace() != null;
        InfoTable[] T = tables();
        long[] H = heap.words;
        int hp = heap.hp;
        long[] S = stack.words;
        int sp = stack.sp;
        int maxSp = sp;
        long steps = st.steps;

        int mode = ENTER;
        long node = start;
        long ret = 0;
        boolean retPtr = false;
        Code code = null;

        long checkpoint = checkpoint(steps, maxSteps);
        try {
            while (true) {
                if (++steps >= checkpoint) {
                    // Rare work folded into one comparison per step: the step limit, Ctrl-C,
                    // and the collection an observer asked for.
                    if (steps > maxSteps) {
                        throw new RuntimeFault(RuntimeFault.Kind.STEP_LIMIT,
                                "step limit reached: " + maxSteps + " steps (--max-steps)");
                    }
                    if (interruptRequested) {
                        interruptRequested = false;
                        throw new RuntimeFault(RuntimeFault.Kind.INTERRUPTED, "interrupted");
                    }
                    if (steps >= observationStep) {
                        collectionRequested = true;
                        observationStep = Long.MAX_VALUE;
                    }
                    checkpoint = checkpoint(steps, maxSteps);
                }
                switch (mode) {
                    case EVAL -> {
                        switch (code.op) {
                            case Code.LET -> {
                                // Rule LET: one heap check for the group, allocate, bind, then fill
                                // the fields (letrec fields may point to siblings).
                                Code.Let let = (Code.Let) code;
                                if (tracing) trace(steps, Rule.LET, code, sp);
                                if (stress || collectionRequested || hp + let.words > H.length) {
                                    heap.hp = hp;
                                    stack.sp = sp;
                                    st.steps = steps;
                                    collect(let.words, let.liveRoots);
                                    H = heap.words;
                                    hp = heap.hp;
                                    T = tables();
                                }
                                Code.Alloc[] allocs = let.allocs;
                                for (Code.Alloc a : allocs) {
                                    InfoTable info = a.info();
                                    L[a.slot()] = hp;
                                    H[hp] = info.index;
                                    if (info.firstField == 2) H[hp + 1] = Heap.NULL;
                                    hp += a.words();
                                    countAlloc(st, info.kind, a.words());
                                }
                                for (Code.Alloc a : allocs) {
                                    int at = (int) L[a.slot()] + a.info().firstField;
                                    int[] fields = a.fieldOperands();
                                    for (int i = 0; i < fields.length; i++) H[at + i] = read(fields[i], H, L, st);
                                    st.fvStores += fields.length;
                                }
                                st.allocObjects += allocs.length;
                                code = let.body;
                            }
                            case Code.CASE -> {
                                Code.Case c = (Code.Case) code;
                                if (c.scrutinee.op == Code.EVAL) {
                                    long p = read(((Code.Eval) c.scrutinee).operand, H, L, st);
                                    long h = H[(int) p];
                                    while (Header.isUpdated(h)) {
                                        p = H[(int) p + 1];
                                        h = H[(int) p];
                                    }
                                    Kind kind = T[Header.info(h)].kind;
                                    if (kind == Kind.CON || kind == Kind.FUN || kind == Kind.PAP) {
                                        // Rule CASE_OF_VALUE: nothing to evaluate, so no frame.
                                        if (tracing) trace(steps, Rule.CASE_OF_VALUE, code, sp);
                                        code = select(c.frame.continuation().alts(), p, true, H, L, T);
                                        continue;
                                    }
                                }
                                // Rule CASE_PUSH: save only the variables the alternatives use.
                                if (tracing) trace(steps, Rule.CASE_PUSH, code, sp);
                                int[] saved = c.frame.continuation().savedSlots();
                                if (sp + saved.length + 1 > S.length) {
                                    if (!stack.ensure(sp, saved.length + 1)) throw stackOverflow();
                                    S = stack.words;
                                }
                                for (int slot : saved) S[sp++] = L[slot];
                                S[sp++] = c.frame.index;
                                st.allocFrame += saved.length + 1;
                                if (sp > maxSp) maxSp = sp;
                                code = c.scrutinee;
                            }
                            case Code.CASE_VALUE -> {
                                // Rule CASE_PRIM: an Int# scrutinee never touches the heap.
                                Code.CaseValue c = (Code.CaseValue) code;
                                if (tracing) trace(steps, Rule.CASE_PRIM, code, sp);
                                long a = read(c.a, H, L, st);
                                long v = c.primOp == null ? a : primop(c.primOp, a, read(c.b, H, L, st), c);
                                code = select(c.alts, v, false, H, L, T);
                            }
                            case Code.KNOWN_CALL -> {
                                // Rule KNOWN_CALL: the callee's code is known, its arity matches.
                                Code.KnownCall call = (Code.KnownCall) code;
                                if (tracing) trace(steps, Rule.KNOWN_CALL, code, sp);
                                long f = read(call.function, H, L, st);
                                int[] args = call.args;
                                for (int i = 0; i < args.length; i++) argBuffer[i] = read(args[i], H, L, st);
                                L[0] = f;
                                System.arraycopy(argBuffer, 0, L, 1, args.length);
                                code = enterBody(call.target, H, L, st);
                            }
                            case Code.CALL -> {
                                Code.Call call = (Code.Call) code;
                                long f = read(call.function, H, L, st);
                                long h = H[(int) f];
                                while (Header.isUpdated(h)) {
                                    f = H[(int) f + 1];
                                    h = H[(int) f];
                                }
                                InfoTable info = T[Header.info(h)];
                                int[] args = call.args;
                                if (info.kind == Kind.FUN && info.arity == args.length) {
                                    // Rule EXACT_CALL: the common case of an unknown call.
                                    if (tracing) trace(steps, Rule.EXACT_CALL, code, sp);
                                    for (int i = 0; i < args.length; i++) argBuffer[i] = read(args[i], H, L, st);
                                    L[0] = f;
                                    System.arraycopy(argBuffer, 0, L, 1, args.length);
                                    code = enterBody(info.lambda(), H, L, st);
                                } else {
                                    // Rule PUSH_ARGS: the arguments wait in a frame for generic apply.
                                    if (tracing) trace(steps, Rule.PUSH_ARGS, code, sp);
                                    if (sp + args.length + 1 > S.length) {
                                        if (!stack.ensure(sp, args.length + 1)) throw stackOverflow();
                                        S = stack.words;
                                    }
                                    for (int arg : args) S[sp++] = read(arg, H, L, st);
                                    S[sp++] = call.argsShape.index;
                                    st.allocFrame += args.length + 1;
                                    if (sp > maxSp) maxSp = sp;
                                    node = f;
                                    mode = APPLY;
                                }
                            }
                            case Code.EVAL -> {
                                // Rule EVAL_VAR.
                                if (tracing) trace(steps, Rule.EVAL_VAR, code, sp);
                                node = read(((Code.Eval) code).operand, H, L, st);
                                mode = ENTER;
                            }
                            case Code.RETURN_CON -> {
                                // Rule RETURN_CON.
                                Code.ReturnCon rc = (Code.ReturnCon) code;
                                if (tracing) trace(steps, Rule.RETURN_CON, code, sp);
                                int words = 1 + rc.args.length;
                                if (stress || collectionRequested || hp + words > H.length) {
                                    heap.hp = hp;
                                    stack.sp = sp;
                                    st.steps = steps;
                                    collect(words, rc.liveRoots);
                                    H = heap.words;
                                    hp = heap.hp;
                                    T = tables();
                                }
                                int at = hp;
                                H[at] = rc.con.index;
                                int[] args = rc.args;
                                for (int i = 0; i < args.length; i++) H[at + 1 + i] = read(args[i], H, L, st);
                                hp += words;
                                st.allocCon += words;
                                st.allocWords += words;
                                st.allocObjects++;
                                ret = at;
                                retPtr = true;
                                mode = RETURN;
                            }
                            case Code.RETURN_INT -> {
                                // Rule RETURN_INT.
                                if (tracing) trace(steps, Rule.RETURN_INT, code, sp);
                                ret = read(((Code.ReturnInt) code).operand, H, L, st);
                                retPtr = false;
                                mode = RETURN;
                            }
                            case Code.PRIM -> {
                                // Rule PRIMOP.
                                Code.Prim p = (Code.Prim) code;
                                if (tracing) trace(steps, Rule.PRIMOP, code, sp);
                                ret = primop(p.primOp, read(p.a, H, L, st), read(p.b, H, L, st), p);
                                retPtr = false;
                                mode = RETURN;
                            }
                            default -> throw new IllegalStateException("bad opcode " + code.op);
                        }
                    }
                    case ENTER -> {
                        long h = H[(int) node];
                        while (Header.isUpdated(h)) {
                            node = H[(int) node + 1];
                            h = H[(int) node];
                        }
                        InfoTable info = T[Header.info(h)];
                        if (info.kind == Kind.THUNK) {
                            if (Header.isBlackhole(h)) {
                                throw new RuntimeFault(RuntimeFault.Kind.LOOP,
                                        "<<loop>>: thunk " + info.describe() + " demanded its own value");
                            }
                            if (info.updatable) {
                                // Rule ENTER_THUNK: the update frame remembers whom to overwrite.
                                if (tracing) trace(steps, Rule.ENTER_THUNK, info, sp);
                                if (sp + 2 > S.length) {
                                    if (!stack.ensure(sp, 2)) throw stackOverflow();
                                    S = stack.words;
                                }
                                S[sp++] = node;
                                S[sp++] = infoTables.updateFrame.index;
                                st.allocFrame += 2;
                                if (sp > maxSp) maxSp = sp;
                                H[(int) node] = h | Header.BLACKHOLE;
                            } else if (tracing) {
                                // Rule ENTER_CLOSURE.
                                trace(steps, Rule.ENTER_CLOSURE, info, sp);
                            }
                            L[0] = node;
                            code = enterBody(info.lambda(), H, L, st);
                            mode = EVAL;
                        } else if (info.kind == Kind.DEAD) {
                            throw new IllegalStateException("entered the DEAD object: a masked field was read");
                        } else {
                            // Rule RETURN_VALUE.
                            if (tracing) trace(steps, Rule.RETURN_VALUE, info, sp);
                            ret = node;
                            retPtr = true;
                            mode = RETURN;
                        }
                    }
                    case RETURN -> {
                        InfoTable frame = T[(int) S[sp - 1]];
                        switch (frame.kind) {
                            case CASE_FRAME -> {
                                // Rule CASE_RETURN.
                                if (tracing) trace(steps, Rule.CASE_RETURN, frame, sp);
                                int[] saved = frame.continuation().savedSlots();
                                int base = sp - 1 - saved.length;
                                for (int i = 0; i < saved.length; i++) L[saved[i]] = S[base + i];
                                sp = base;
                                code = select(frame.continuation().alts(), ret, retPtr, H, L, T);
                                mode = EVAL;
                            }
                            case UPDATE_FRAME -> {
                                // Rule UPDATE: the payload stays, so parent pointers into the thunk stay valid.
                                if (tracing) trace(steps, Rule.UPDATE, frame, sp);
                                int thunk = (int) S[sp - 2];
                                sp -= 2;
                                if (!retPtr) {
                                    throw new RuntimeFault(RuntimeFault.Kind.UNBOXED_THUNK_RESULT, "thunk "
                                            + T[Header.info(H[thunk])].describe() + " evaluated to an Int# ("
                                            + ret + "#); an updatable thunk must return a boxed value");
                                }
                                H[thunk + 1] = ret;
                                H[thunk] = (H[thunk] & ~Header.BLACKHOLE) | Header.UPDATED;
                                st.updates++;
                            }
                            case ARGS_FRAME -> {
                                // Rule RETURN_TO_ARGS.
                                if (tracing) trace(steps, Rule.RETURN_TO_ARGS, frame, sp);
                                if (!retPtr) throw badApplication("an Int# (" + ret + "#)");
                                node = ret;
                                mode = APPLY;
                            }
                            case STOP_FRAME -> {
                                if (tracing) trace(steps, Rule.STOP, frame, sp);
                                sp--;
                                return new Result(ret, retPtr);
                            }
                            default -> throw new IllegalStateException("not a frame: " + frame);
                        }
                    }
                    case APPLY -> {
                        long h = H[(int) node];
                        while (Header.isUpdated(h)) {
                            node = H[(int) node + 1];
                            h = H[(int) node];
                        }
                        InfoTable info = T[Header.info(h)];
                        InfoTable argsShape = T[(int) S[sp - 1]];
                        int n = argsShape.arity;
                        int base = sp - 1 - n;
                        if (info.kind == Kind.FUN) {
                            int arity = info.arity;
                            if (n == arity) {
                                // Rule APPLY_EXACT.
                                if (tracing) trace(steps, Rule.APPLY_EXACT, info, sp);
                                L[0] = node;
                                System.arraycopy(S, base, L, 1, n);
                                sp = base;
                                code = enterBody(info.lambda(), H, L, st);
                                mode = EVAL;
                            } else if (n > arity) {
                                // Rule APPLY_OVERSATURATED: the surplus stays as a smaller ARGS frame.
                                if (tracing) trace(steps, Rule.APPLY_OVERSATURATED, info, sp);
                                L[0] = node;
                                System.arraycopy(S, base, L, 1, arity);
                                int rest = n - arity;
                                System.arraycopy(S, base + arity, S, base, rest);
                                S[base + rest] = restShape(argsShape, arity).index;
                                T = tables();
                                sp = base + rest + 1;
                                code = enterBody(info.lambda(), H, L, st);
                                mode = EVAL;
                            } else {
                                // Rule BUILD_PAP.
                                if (tracing) trace(steps, Rule.BUILD_PAP, info, sp);
                                InfoTable pap = papShape(argsShape);
                                T = tables();
                                int words = 2 + n;
                                if (stress || collectionRequested || hp + words > H.length) {
                                    int handle = pin(node);
                                    heap.hp = hp;
                                    stack.sp = sp;
                                    st.steps = steps;
                                    collect(words, RegisterRoots.NONE);
                                    node = pinned(handle);
                                    unpinFrom(handle);
                                    H = heap.words;
                                    hp = heap.hp;
                                    T = tables();
                                }
                                int at = hp;
                                H[at] = pap.index;
                                H[at + 1] = node;
                                System.arraycopy(S, base, H, at + 2, n);
                                hp += words;
                                st.allocPap += words;
                                st.allocWords += words;
                                st.allocObjects++;
                                sp = base;
                                ret = at;
                                retPtr = true;
                                mode = RETURN;
                            }
                        } else if (info.kind == Kind.PAP) {
                            // Rule UNPACK_PAP: one bigger ARGS frame, then apply the PAP's function.
                            if (tracing) trace(steps, Rule.UNPACK_PAP, info, sp);
                            int held = info.arity;
                            if (sp + held > S.length) {
                                if (!stack.ensure(sp, held)) throw stackOverflow();
                                S = stack.words;
                            }
                            System.arraycopy(S, base, S, base + held, n);
                            System.arraycopy(H, (int) node + 2, S, base, held);
                            S[base + held + n] = mergedShape(info, argsShape).index;
                            T = tables();
                            sp = base + held + n + 1;
                            if (sp > maxSp) maxSp = sp;
                            st.allocFrame += held;
                            node = H[(int) node + 1];
                        } else if (info.kind == Kind.THUNK) {
                            // Rule APPLY_THUNK.
                            if (tracing) trace(steps, Rule.APPLY_THUNK, info, sp);
                            mode = ENTER;
                        } else {
                            throw badApplication("a " + info.kind.name().toLowerCase(java.util.Locale.ROOT)
                                    + " value " + info.describe());
                        }
                    }
                    default -> throw new IllegalStateException("bad mode " + mode);
                }
            }
        } catch (RuntimeFault fault) {
            heap.hp = hp;
            stack.sp = sp;
            st.steps = steps;
            if (observer != null) observer.onFault(this, fault);
            throw fault;
        } finally {
            heap.hp = hp;
            stack.sp = sp;
            st.steps = steps;
            if (maxSp > st.maxStackWords) st.maxStackWords = maxSp;
            st.mutatorNanos += System.nanoTime() - started - (st.gcNanos - gcBefore);
        }
    }

    // ---------------------------------------------------------------- helpers of the rules

    /**
     * Reads an operand; a field read through the node or an ancestor is a free-variable load.
     * Register reads, the common case, stay small enough for the JIT's client compiler to inline.
     */
    private long read(int operand, long[] H, long[] L, Stats st) {
        return operand >>> 28 == Operand.LOCAL ? L[operand] : readOther(operand, H, L, st);
    }

    private long readOther(int operand, long[] H, long[] L, Stats st) {
        switch (Operand.kind(operand)) {
            case Operand.LOCAL:
                return L[Operand.payload(operand)];
            case Operand.FIELD:
                st.fvLoads++;
                return H[(int) L[Operand.base(operand)] + Operand.offset(operand)];
            case Operand.GLOBAL:
                return Operand.payload(operand);
            default:
                return constants[Operand.payload(operand)];
        }
    }

    /** On entry: load ancestor pointers (parent hops) and, for eager access, every free variable. */
    private static Code enterBody(LambdaCode lambda, long[] H, long[] L, Stats st) {
        int[] slots = lambda.loadSlots();
        if (slots.length > 0) {
            int[] operands = lambda.loadOperands();
            for (int i = 0; i < slots.length; i++) {
                int op = operands[i];
                L[slots[i]] = H[(int) L[Operand.base(op)] + Operand.offset(op)];
            }
            st.parentHops += lambda.hops();
            st.fvLoads += slots.length - lambda.hops();
        }
        return lambda.body();
    }

    private static void countAlloc(Stats st, Kind kind, int words) {
        st.allocWords += words;
        switch (kind) {
            case FUN -> st.allocFun += words;
            case THUNK -> st.allocThunk += words;
            default -> st.allocCon += words;
        }
    }

    /** Chooses the alternative for a value and binds its pattern variables. */
    private Code select(Alternatives alts, long value, boolean isPointer, long[] H, long[] L, InfoTable[] T) {
        if (alts.altByTag != null && isPointer) {
            InfoTable con = T[Header.info(H[(int) value])];
            if (con.kind == Kind.CON) {
                int index = alts.altByTag[con.arity];
                if (index >= 0) {
                    Alternatives.Alt alt = alts.alts[index];
                    int[] slots = alt.fieldSlots();
                    for (int i = 0; i < slots.length; i++) L[slots[i]] = H[(int) value + 1 + i];
                    return alt.body();
                }
            }
        } else if (alts.literals.length > 0 && !isPointer) {
            long[] literals = alts.literals;
            for (int i = 0; i < literals.length; i++) {
                if (literals[i] == value) return alts.alts[i].body();
            }
        }
        if (alts.defaultBody != null) {
            if (alts.defaultBinder >= 0) L[alts.defaultBinder] = value;
            return alts.defaultBody;
        }
        throw new RuntimeFault(RuntimeFault.Kind.NO_MATCHING_ALTERNATIVE, "no matching alternative in case at "
                + alts.span.location() + " for value " + describeValue(value, isPointer));
    }

    private String describeValue(long value, boolean isPointer) {
        if (!isPointer) return value + "#";
        return new ValuePrinter(this, ValuePrinter.Style.NATIVE, 3, 20).shallow(value);
    }

    private static long primop(PrimOp op, long a, long b, Code at) {
        switch (op) {
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            case DIV:
                if (b == 0) throw divisionByZero(at);
                return Math.floorDiv(a, b);
            case MOD:
                if (b == 0) throw divisionByZero(at);
                return Math.floorMod(a, b);
            case EQ: return a == b ? 1 : 0;
            case NE: return a != b ? 1 : 0;
            case LT: return a < b ? 1 : 0;
            case LE: return a <= b ? 1 : 0;
            case GT: return a > b ? 1 : 0;
            case GE: return a >= b ? 1 : 0;
            case NEGATE: return -a;
            default:
                throw new RuntimeFault(RuntimeFault.Kind.ERROR_CALLED, "error# evaluated at " + at.span.location());
        }
    }

    private static RuntimeFault divisionByZero(Code at) {
        return new RuntimeFault(RuntimeFault.Kind.DIVISION_BY_ZERO, "division by zero at " + at.span.location());
    }

    private RuntimeFault stackOverflow() {
        return new RuntimeFault(RuntimeFault.Kind.STACK_OVERFLOW, "stack overflow: the STG stack exceeded "
                + stack.maxWords + " words (--stack-max)");
    }

    private static RuntimeFault badApplication(String what) {
        return new RuntimeFault(RuntimeFault.Kind.BAD_APPLICATION, "cannot apply " + what + " to arguments");
    }

    private void collect(int needed, RegisterRoots liveSlots) {
        collectionRequested = false;
        try {
            collector.collect(locals, liveSlots, pinned, needed);
        } catch (HeapExhaustedException e) {
            throw new RuntimeFault(RuntimeFault.Kind.HEAP_EXHAUSTED, e.getMessage());
        }
        if (observer != null) {
            observer.afterCollection(this, locals, liveSlots.all());
            observationStep = Math.max(stats.steps + 1, observer.nextCollectionStep(this));
        }
    }

    /** The next step at which the run loop must look up from its work. */
    private long checkpoint(long steps, long maxSteps) {
        long nextInterruptCheck = (steps | 0xFFFF) + 1;
        return Math.min(Math.min(maxSteps + 1, nextInterruptCheck), observationStep);
    }

    // ---------------------------------------------------------------- argument shapes

    private static long pointerBits(InfoTable shape, int from, int count, boolean[] wide) {
        long bits = 0;
        int offset = shape.kind == Kind.PAP ? 1 : 0;
        for (int i = 0; i < count; i++) {
            boolean p = shape.fieldTypes[offset + from + i] != InfoTable.INT;
            wide[i] = p;
            if (p && i < 63) bits |= 1L << i;
        }
        return bits;
    }

    private InfoTable restShape(InfoTable args, int dropped) {
        long key = REST | (long) args.index << 20 | dropped;
        InfoTable shape = derivedShapes.get(key);
        if (shape == null) {
            int rest = args.arity - dropped;
            boolean[] wide = new boolean[rest];
            shape = infoTables.args(rest, pointerBits(args, dropped, rest, wide), wide);
            derivedShapes.put(key, shape);
        }
        return shape;
    }

    private InfoTable papShape(InfoTable args) {
        long key = PAP_OF | args.index;
        InfoTable shape = derivedShapes.get(key);
        if (shape == null) {
            boolean[] wide = new boolean[args.arity];
            shape = infoTables.pap(args.arity, pointerBits(args, 0, args.arity, wide), wide);
            derivedShapes.put(key, shape);
        }
        return shape;
    }

    private InfoTable mergedShape(InfoTable pap, InfoTable args) {
        long key = (long) pap.index << 30 | args.index;
        InfoTable shape = derivedShapes.get(key);
        if (shape == null) {
            shape = newMergedShape(pap, args);
            derivedShapes.put(key, shape);
        }
        return shape;
    }

    private InfoTable newMergedShape(InfoTable pap, InfoTable args) {
        int held = pap.arity;
        int n = held + args.arity;
        boolean[] first = new boolean[held];
        boolean[] second = new boolean[args.arity];
        long bits = pointerBits(pap, 0, held, first) | (held < 63 ? pointerBits(args, 0, args.arity, second) << held : 0);
        if (held >= 63) pointerBits(args, 0, args.arity, second);
        boolean[] wide = new boolean[n];
        System.arraycopy(first, 0, wide, 0, held);
        System.arraycopy(second, 0, wide, held, args.arity);
        if (n >= 63) bits = 0;
        return infoTables.args(n, bits, wide);
    }

    // ---------------------------------------------------------------- tracing

    private void trace(long step, Rule rule, Object at, int sp) {
        String where;
        if (at instanceof Code c) {
            where = c.span.isKnown() ? c.span.location() : "";
        } else {
            where = ((InfoTable) at).describe();
        }
        options.trace().printf("%8d  %-19s stack=%-6d %s%n", step, rule.name(), sp, where);
    }
}
