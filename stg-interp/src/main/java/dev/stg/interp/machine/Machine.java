package dev.stg.interp.machine;

import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.Span;
import dev.stg.core.syntax.UnboxedTuples;
import dev.stg.interp.code.Alternatives;
import dev.stg.interp.code.ArgsHeader;
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
import dev.stg.interp.heap.HeapWalk;
import dev.stg.interp.heap.Stack;
import dev.stg.interp.stats.Stats;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;


/**
 * The eval/apply STG machine (docs/machine.md). One run loop executes compiled code in four modes:
 * <ul>
 *   <li>EVAL: execute the current {@link Code};</li>
 *   <li>ENTER: evaluate the object {@code node} points to;</li>
 *   <li>RETURN: hand the value in {@code ret} to the frame on top of the stack;</li>
 *   <li>APPLY: apply the function {@code node} to the arguments in the top ARGS frame.</li>
 * </ul>
 * The hot registers (heap and stack arrays and pointers, the register file, the current code)
 * are Java locals of {@link #run}; they are written back to the heap and stack objects before
 * anything that may collect, and reloaded after. Each step fires one {@link Rule}: the arms of
 * the run loop are headed {@code // Rule NAME}, each saying what the rule does and why, and the
 * trace prints the same {@link Rule}. Work shared by several rules has one home below the loop:
 * {@link #collectFor} (make room on the heap), {@link #makeRoomOnStack},
 * {@link Heap#followIndirections}, {@link #noRoom} (the heap check) and {@link #enterFunction} (bind a
 * call's arguments).
 *
 * <p>Why one method and not a method per rule: with the registers in fields and one method
 * per rule the client compiler (the launcher's default, C1) ran ProgramBench and f_n 10-20%
 * slower (stg-bench/RESULTS.md, "Machine rules as units"): it keeps locals in registers and
 * inlines only tiny methods.
 */
public final class Machine {

    private static final int EVAL = 0;
    private static final int ENTER = 1;
    private static final int RETURN = 2;
    private static final int APPLY = 3;

    private final CompiledProgram program;
    /** The program's info tables and the shapes this machine derived (docs/machine.md). */
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
    /** Every unknown call's span, by the index an ARGS frame's header carries. */
    private final Span[] callSites;
    private final byte[] staticBytes;
    private final ForeignCalls foreignCalls;
    /**
     * The return registers: the components of an unboxed tuple returned to a case continuation
     * (docs/machine.md, "Returning unboxed tuples"); {@link #returnedPointers} has bit i set when
     * component i is a pointer. They hold pointers only until the continuation takes them, with
     * no allocation in between, so they are never roots of a collection.
     */
    private final long[] returned = new long[Long.SIZE];
    private long returnedPointers;
    /** Pointers held by Java code between evaluations (the value printer): collector roots. */
    private final MutableLongList pinned = new LongArrayList();
    private InfoTable[] tables;
    private volatile boolean interruptRequested;
    private MachineObserver observer;
    /** The step at which the observer wants a collection; the next allocation then collects. */
    private long observationStep = Long.MAX_VALUE;
    private boolean collectionRequested;
    /** --gc-stress: every allocation collects first. */
    private final boolean collectAlways;
    /** The deepest the stack has been in this run: pushes below it need no room check. */
    private int stackHigh;

    public Machine(CompiledProgram program, MachineOptions options) {
        this.program = program;
        this.infoTables = program.infos().forMachine();
        this.options = options;
        this.heap = new Heap(program.staticImage(), options.heapInitialWords(), options.heapMaxWords());
        this.stack = new Stack(1024, options.stackMaxWords());
        this.locals = new long[program.registerSlots() + 1];
        this.argBuffer = new long[program.registerSlots() + 64];
        this.constants = program.constants();
        this.callSites = program.callSites();
        this.staticBytes = program.staticBytes();
        this.foreignCalls = new ForeignCalls(options);
        this.tables = infoTables.toArray();
        this.collectAlways = options.gcStress();
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

    /** The program's I/O: its foreign calls, output buffer and open files. */
    public ForeignCalls foreignCalls() {
        return foreignCalls;
    }

    /** This machine's info tables: the program's and the shapes it derived while running. */
    public InfoTables infos() {
        return infoTables;
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

    /**
     * The result of an evaluation: a heap pointer to a value, or an Int#; or an unboxed tuple,
     * whose {@code components} (null otherwise) are pointers where {@code pointers} has their bit.
     */
    public record Result(long value, boolean pointer, long[] components, long pointers) {
        public Result(long value, boolean pointer) {
            this(value, pointer, null, 0);
        }

        public boolean isTuple() {
            return components != null;
        }
    }

    public Result evaluateGlobal(String name) {
        return evaluate(program.globalAddress(name));
    }

    /** Evaluates the object at {@code address} to weak head normal form. */
    public Result evaluate(long address) {
        return evaluate(address, false);
    }

    /** As {@link #evaluate(long)}; {@code forPrinter} tells a tracer the value printer forces this. */
    public Result evaluate(long address, boolean forPrinter) {
        int base = stack.sp;
        StepTracer tracer = options.trace();
        if (tracer != null) tracer.evaluationStarts(this, forPrinter);
        try {
            if (!stack.ensure(stack.sp, 1)) throw stackOverflow();
            stack.words[stack.sp++] = infoTables.stopFrame.index;
            return run(address);
        } catch (RuntimeFault fault) {
            releaseBlackholes(base);
            throw fault;
        } finally {
            stack.sp = base;
            foreignCalls.flush();
            if (tracer != null) tracer.evaluationEnds(this);
        }
    }

    /**
     * After a fault the frames above {@code base} are dropped: the thunks their update frames
     * were evaluating are no longer under evaluation. Left black, the next evaluation on this
     * machine (the REPL after Ctrl-C, the value printer) would report a false {@code <<loop>>};
     * cleared, demanding one again starts its evaluation afresh.
     */
    private void releaseBlackholes(int base) {
        long[] words = stack.words;
        HeapWalk.frames(words, base + 1, stack.sp, tables(), (top, payload, frame) -> {
            if (frame.kind == Kind.UPDATE_FRAME) heap.words[(int) words[payload]] &= ~Header.BLACKHOLE;
        });
    }

    /**
     * The dense table array the run loop indexes, refreshed (after a collection or after a rule
     * derived a shape) when this machine's tables have grown.
     */
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
        final boolean tracing = options.trace() != null;
        InfoTable[] T = tables();
        long[] H = heap.words;
        int hp = heap.hp;
        long[] S = stack.words;
        int sp = stack.sp;
        stackHigh = sp;
        long steps = st.steps;

        int mode = ENTER;
        long node = start;
        long ret = 0;
        boolean retPtr = false;
        // An unboxed tuple is in the return registers (ret holds its size) until a frame takes it.
        boolean retTuple = false;
        Code code = null;

        long checkpoint = checkpoint(steps, maxSteps);
        RuntimeFault fault = null;
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
                                if (noRoom(hp, let.words, H)) {
                                    collectFor(let.words, let.liveRoots, hp, sp, steps, Heap.NULL);
                                    H = heap.words;
                                    hp = heap.hp;
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
                                    long p = Heap.followIndirections(H, read(((Code.Eval) c.scrutinee).operand, H, L, st));
                                    long h = H[(int) p];
                                    Kind kind = T[Header.info(h)].kind;
                                    if (kind == Kind.CON || kind == Kind.FUN || kind == Kind.PAP) {
                                        // Rule CASE_OF_VALUE: nothing to evaluate, so no frame (the paper always pushes one).
                                        if (tracing) trace(steps, Rule.CASE_OF_VALUE, code, sp);
                                        code = select(c.frame.continuation().alts(), p, true, H, L, T);
                                        continue;
                                    }
                                }
                                // Rule CASE_PUSH: save only the variables the alternatives use, not the register file.
                                if (tracing) trace(steps, Rule.CASE_PUSH, code, sp);
                                int[] saved = c.frame.continuation().savedSlots();
                                if (sp + saved.length + 1 > stackHigh) S = makeRoomOnStack(sp, saved.length + 1);
                                for (int slot : saved) S[sp++] = L[slot];
                                S[sp++] = c.frame.index;
                                st.allocFrame += saved.length + 1;
                                code = c.scrutinee;
                            }
                            case Code.CASE_VALUE -> {
                                // Rule CASE_PRIM: an Int# scrutinee never touches the heap.
                                Code.CaseValue c = (Code.CaseValue) code;
                                if (tracing) trace(steps, Rule.CASE_PRIM, code, sp);
                                long a = read(c.a, H, L, st);
                                long v = c.primOp == null ? a : PrimOps.apply(c.primOp, a, read(c.b, H, L, st), c, this);
                                code = select(c.alts, v, false, H, L, T);
                            }
                            case Code.KNOWN_CALL -> {
                                // Rule KNOWN_CALL: the callee's code is known and saturated: no arity test, no
                                // frame. Not in the paper, whose calls are all unknown; GHC's known-call case.
                                Code.KnownCall call = (Code.KnownCall) code;
                                long f = read(call.function, H, L, st);
                                if (tracing) trace(steps, Rule.KNOWN_CALL, code, sp, f, true);
                                // The body would read its free variables through DEAD: garbage, not an error.
                                if (f == Heap.DEAD_ADDRESS) throw deadRead("called at " + call.span.location() + ":");
                                code = enterFunction(f, call.args, call.target, H, L, st);
                            }
                            case Code.CALL -> {
                                Code.Call call = (Code.Call) code;
                                long f = Heap.followIndirections(H, read(call.function, H, L, st));
                                long h = H[(int) f];
                                InfoTable info = T[Header.info(h)];
                                int[] args = call.args;
                                if (info.kind == Kind.FUN && info.arity == args.length) {
                                    // Rule EXACT_CALL: the common case of an unknown call ("fast curry"'s exact
                                    // rule): arity matches, so the arguments go straight to registers, no frame.
                                    if (tracing) trace(steps, Rule.EXACT_CALL, code, sp, f, true);
                                    if (call.argsShape != info.lambda().params && !kindsAgree(call.argsShape, info, args.length)) {
                                        throw kindMismatch(info, call.argsShape, call.span);
                                    }
                                    code = enterFunction(f, args, info.lambda(), H, L, st);
                                } else {
                                    // Rule PUSH_ARGS: arity unknown or different: the arguments wait in an ARGS
                                    // frame (its shape says which are pointers, for the collector) and APPLY decides.
                                    if (tracing) trace(steps, Rule.PUSH_ARGS, code, sp);
                                    if (sp + args.length + 1 > stackHigh) S = makeRoomOnStack(sp, args.length + 1);
                                    for (int arg : args) S[sp++] = read(arg, H, L, st);
                                    S[sp++] = call.argsShape.index | call.siteBits;
                                    st.allocFrame += args.length + 1;
                                    node = f;
                                    mode = APPLY;
                                }
                            }
                            case Code.EVAL -> {
                                // Rule EVAL_VAR: a variable in tail position: enter the object it points to
                                // (ENTER decides whether it is a thunk to run or a value to return).
                                if (tracing) trace(steps, Rule.EVAL_VAR, code, sp);
                                node = read(((Code.Eval) code).operand, H, L, st);
                                mode = ENTER;
                            }
                            case Code.RETURN_CON -> {
                                // Rule RETURN_CON: a saturated constructor in tail position is allocated, then returned.
                                Code.ReturnCon rc = (Code.ReturnCon) code;
                                if (tracing) trace(steps, Rule.RETURN_CON, code, sp);
                                int words = 1 + rc.args.length;
                                if (noRoom(hp, words, H)) {
                                    collectFor(words, rc.liveRoots, hp, sp, steps, Heap.NULL);
                                    H = heap.words;
                                    hp = heap.hp;
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
                                // Rule RETURN_INT: an Int# returns in the register alone, never boxed.
                                if (tracing) trace(steps, Rule.RETURN_INT, code, sp);
                                ret = read(((Code.ReturnInt) code).operand, H, L, st);
                                retPtr = false;
                                mode = RETURN;
                            }
                            case Code.PRIM -> {
                                // Rule PRIMOP: a primitive operation in tail position returns its Int# result.
                                Code.Prim p = (Code.Prim) code;
                                if (tracing) trace(steps, Rule.PRIMOP, code, sp);
                                ret = PrimOps.apply(p.primOp, read(p.a, H, L, st), read(p.b, H, L, st), p, this);
                                retPtr = false;
                                mode = RETURN;
                            }
                            case Code.JUMP -> {
                                // Rule JUMP: a join point is a continuation of this body, not a closure: its
                                // arguments go to its parameter slots (all read first: one may be another
                                // parameter) and its body runs in this frame. No frame, no heap object.
                                Code.Jump jump = (Code.Jump) code;
                                if (tracing) trace(steps, Rule.JUMP, code, sp);
                                int[] args = jump.args;
                                for (int i = 0; i < args.length; i++) argBuffer[i] = read(args[i], H, L, st);
                                int[] params = jump.target.paramSlots;
                                for (int i = 0; i < params.length; i++) L[params[i]] = argBuffer[i];
                                code = jump.target.body();
                            }
                            case Code.RETURN_TUPLE -> {
                                // Rule RETURN_TUPLE: an unboxed tuple goes back in the return registers, as GHC
                                // returns one in machine registers: nothing allocated, nothing counted.
                                Code.ReturnTuple rt = (Code.ReturnTuple) code;
                                if (tracing) trace(steps, Rule.RETURN_TUPLE, code, sp);
                                int[] components = rt.components;
                                if (rt.primOp == null) {
                                    for (int i = 0; i < components.length; i++) returned[i] = read(components[i], H, L, st);
                                } else {
                                    quotRem(rt.primOp, read(components[0], H, L, st), read(components[1], H, L, st), rt);
                                }
                                ret = rt.primOp == null ? components.length : rt.primOp.results().size();
                                returnedPointers = rt.pointers;
                                retPtr = false;
                                retTuple = true;
                                mode = RETURN;
                            }
                            default -> throw new IllegalStateException("bad opcode " + code.op);
                        }
                    }
                    case ENTER -> {
                        node = Heap.followIndirections(H, node);
                        long h = H[(int) node];
                        InfoTable info = T[Header.info(h)];
                        if (info.kind == Kind.THUNK) {
                            if (Header.isBlackhole(h)) {
                                throw new RuntimeFault(RuntimeFault.Kind.LOOP,
                                        "<<loop>>: thunk " + info.describe() + " demanded its own value");
                            }
                            if (info.updatable) {
                                // Rule ENTER_THUNK: the update frame remembers whom to overwrite; the black hole turns
                                // a thunk that demands its own value into <<loop>>, not a hang.
                                if (tracing) trace(steps, Rule.ENTER_THUNK, info, sp, node, true);
                                if (sp + 2 > stackHigh) S = makeRoomOnStack(sp, 2);
                                S[sp++] = node;
                                S[sp++] = infoTables.updateFrame.index;
                                st.allocFrame += 2;
                                H[(int) node] = h | Header.BLACKHOLE;
                            } else if (tracing) {
                                // Rule ENTER_CLOSURE: a non-updatable thunk (entered at most once, so nothing
                                // shares its value) runs exactly as ENTER_THUNK minus the update frame and the
                                // black hole; the two rules share the entry below, so this arm only names it.
                                trace(steps, Rule.ENTER_CLOSURE, info, sp, node, true);
                            }
                            L[0] = node;
                            code = enterBody(info.lambda(), H, L, st);
                            mode = EVAL;
                        } else if (info.kind == Kind.DEAD) {
                            throw deadRead("entered");
                        } else {
                            // Rule RETURN_VALUE: a constructor, function or PAP is already a value: return it
                            // to the frame on top (the paper's RETCON/RETFUN, one rule since values are tagged
                            // by their info tables, not by the code that returns them).
                            if (tracing) trace(steps, Rule.RETURN_VALUE, info, sp, node, true);
                            ret = node;
                            retPtr = true;
                            mode = RETURN;
                        }
                    }
                    case RETURN -> {
                        InfoTable frame = T[(int) S[sp - 1]];
                        switch (frame.kind) {
                            case CASE_FRAME -> {
                                // Rule CASE_RETURN: restore the variables the frame saved, select an alternative.
                                if (tracing) trace(steps, Rule.CASE_RETURN, frame, sp, ret, retPtr);
                                Alternatives alts = frame.continuation().alts();
                                byte expects = alts.expects;
                                if (retTuple | expects == Alternatives.TUPLE) {
                                    if (expects != Alternatives.ANY && (!retTuple || expects != Alternatives.TUPLE
                                            || ret != alts.tupleArity || returnedPointers != alts.tuplePointers)) {
                                        throw tupleMismatch(alts, ret, retPtr, retTuple);
                                    }
                                } else if (expects == (retPtr ? InfoTable.INT : InfoTable.PTR)) {
                                    throw kindMismatch(frame, ret, retPtr);
                                }
                                int[] saved = frame.continuation().savedSlots();
                                int base = sp - 1 - saved.length;
                                for (int i = 0; i < saved.length; i++) L[saved[i]] = S[base + i];
                                sp = base;
                                if (retTuple) {
                                    retTuple = false;
                                    code = takeTuple(alts, L);
                                } else {
                                    code = select(alts, ret, retPtr, H, L, T);
                                }
                                mode = EVAL;
                            }
                            case UPDATE_FRAME -> {
                                // Rule UPDATE: the thunk becomes an indirection; unlike GHC its payload stays, so
                                // parent pointers into it can still read its fields.
                                if (tracing) trace(steps, Rule.UPDATE, frame, sp, ret, retPtr);
                                int thunk = (int) S[sp - 2];
                                sp -= 2;
                                if (retTuple) {
                                    throw new RuntimeFault(RuntimeFault.Kind.UNBOXED_THUNK_RESULT, "thunk "
                                            + T[Header.info(H[thunk])].describe() + " evaluated to an unboxed tuple "
                                            + UnboxedTuples.name((int) ret) + "; an updatable thunk must return a boxed value");
                                }
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
                                // Rule RETURN_TO_ARGS: a function value returned to pending arguments (left by
                                // APPLY_THUNK or APPLY_OVERSATURATED): apply it to them.
                                if (tracing) trace(steps, Rule.RETURN_TO_ARGS, frame, sp, ret, retPtr);
                                if (retTuple) throw badApplication("an unboxed tuple " + UnboxedTuples.name((int) ret), site(S[sp - 1]));
                                if (!retPtr) throw badApplication("an Int# (" + ret + "#)", site(S[sp - 1]));
                                node = ret;
                                mode = APPLY;
                            }
                            case STOP_FRAME -> {
                                // Rule STOP: the value reached the frame evaluate() pushed: done. The result
                                // leaves Java's stack here, so nested evaluate() calls (the printer) are safe.
                                if (tracing) trace(steps, Rule.STOP, frame, sp, ret, retPtr);
                                sp--;
                                if (retTuple) return new Result(ret, false, java.util.Arrays.copyOf(returned, (int) ret), returnedPointers);
                                return new Result(ret, retPtr);
                            }
                            default -> throw new IllegalStateException("not a frame: " + frame);
                        }
                    }
                    case APPLY -> {
                        node = Heap.followIndirections(H, node);
                        long h = H[(int) node];
                        InfoTable info = T[Header.info(h)];
                        long argsHeader = S[sp - 1];
                        InfoTable argsShape = T[(int) argsHeader];
                        int n = argsShape.arity;
                        int base = sp - 1 - n;
                        if (info.kind == Kind.FUN) {
                            int arity = info.arity;
                            if (n == arity) {
                                // Rule APPLY_EXACT: as many pending arguments as the arity: pop them into the
                                // registers (the frame's order is the parameters' order) and enter the body.
                                if (tracing) trace(steps, Rule.APPLY_EXACT, info, sp, node, true);
                                if (argsShape != info.lambda().params && !kindsAgree(argsShape, info, n)) {
                                    throw kindMismatch(info, argsShape, site(argsHeader));
                                }
                                L[0] = node;
                                System.arraycopy(S, base, L, 1, n);
                                sp = base;
                                code = enterBody(info.lambda(), H, L, st);
                                mode = EVAL;
                            } else if (n > arity) {
                                // Rule APPLY_OVERSATURATED: the surplus stays as a smaller ARGS frame.
                                if (tracing) trace(steps, Rule.APPLY_OVERSATURATED, info, sp, node, true);
                                if (!kindsAgree(argsShape, info, arity)) throw kindMismatch(info, argsShape, site(argsHeader));
                                L[0] = node;
                                System.arraycopy(S, base, L, 1, arity);
                                int rest = n - arity;
                                System.arraycopy(S, base + arity, S, base, rest);
                                S[base + rest] = ArgsHeader.withShape(argsHeader, infoTables.restOf(argsShape, arity));
                                T = tables();
                                sp = base + rest + 1;
                                code = enterBody(info.lambda(), H, L, st);
                                mode = EVAL;
                            } else {
                                // Rule BUILD_PAP: too few arguments: return a PAP shaped like the ARGS frame, so the
                                // collector knows which of the held arguments are pointers.
                                if (tracing) trace(steps, Rule.BUILD_PAP, info, sp, node, true);
                                if (!kindsAgree(argsShape, info, n)) throw kindMismatch(info, argsShape, site(argsHeader));
                                InfoTable pap = infoTables.papOf(argsShape);
                                T = tables();
                                int words = 2 + n;
                                if (noRoom(hp, words, H)) {
                                    node = collectFor(words, RegisterRoots.NONE, hp, sp, steps, node);
                                    H = heap.words;
                                    hp = heap.hp;
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
                            // Rule UNPACK_PAP: one bigger ARGS frame, then apply the PAP's function. The paper
                            // calls the PAP's function directly when the count is right; going back through
                            // APPLY costs one step and keeps the arity cases in one place.
                            if (tracing) trace(steps, Rule.UNPACK_PAP, info, sp, node, true);
                            int held = info.arity;
                            if (sp + held > stackHigh) S = makeRoomOnStack(sp, held);
                            System.arraycopy(S, base, S, base + held, n);
                            System.arraycopy(H, (int) node + 2, S, base, held);
                            S[base + held + n] = ArgsHeader.withShape(argsHeader, infoTables.merged(info, argsShape));
                            T = tables();
                            sp = base + held + n + 1;
                            st.allocFrame += held;
                            node = H[(int) node + 1];
                        } else if (info.kind == Kind.THUNK) {
                            // Rule APPLY_THUNK: the function is not evaluated yet: evaluate it; the ARGS frame
                            // stays on the stack, so its value comes back through RETURN_TO_ARGS.
                            if (tracing) trace(steps, Rule.APPLY_THUNK, info, sp, node, true);
                            mode = ENTER;
                        } else {
                            throw badApplication("a " + info.kind.name().toLowerCase(java.util.Locale.ROOT)
                                    + " value " + info.describe(), site(argsHeader));
                        }
                    }
                    default -> throw new IllegalStateException("bad mode " + mode);
                }
            }
        } catch (RuntimeFault f) {
            fault = f;
            throw f;
        } finally {
            spill(hp, sp, steps);
            if (stackHigh > st.maxStackWords) st.maxStackWords = stackHigh;
            st.mutatorNanos += System.nanoTime() - started - (st.gcNanos - gcBefore);
            if (fault != null && observer != null) observer.onFault(this, fault);
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

    /**
     * KNOWN_CALL and EXACT_CALL: the function in slot 0, its arguments after it, then its body.
     * Every argument is read into {@link #argBuffer} before any register is written: an argument
     * may be the very register another one is bound to. (JUMP's arm reads its arguments with the
     * same one-line loop: a method of its own, at 36 bytes of bytecode, is one byte over what
     * C1 inlines, and cost nfib 15% under C1; stg-bench/RESULTS.md, "issue 14, second pass".)
     */
    private Code enterFunction(long function, int[] args, LambdaCode target, long[] H, long[] L, Stats st) {
        for (int i = 0; i < args.length; i++) argBuffer[i] = read(args[i], H, L, st);
        L[0] = function;
        System.arraycopy(argBuffer, 0, L, 1, args.length);
        return enterBody(target, H, L, st);
    }

    /**
     * The heap check before an allocation of {@code words}: the heap is full, an observer asked
     * for a collection at this step, or GC stress collects before every allocation.
     */
    private boolean noRoom(int hp, int words, long[] H) {
        return collectAlways || collectionRequested || hp + words > H.length;
    }

    /**
     * Makes room on the heap: writes the registers back, collects (the live registers are
     * {@code roots}, plus {@code keep} unless it is null) and returns where {@code keep} moved.
     * The caller reloads the heap registers.
     */
    private long collectFor(int words, RegisterRoots roots, int hp, int sp, long steps, long keep) {
        spill(hp, sp, steps);
        if (keep == Heap.NULL) {
            collect(words, roots);
            return Heap.NULL;
        }
        int handle = pin(keep);
        collect(words, roots);
        long moved = pinned(handle);
        unpinFrom(handle);
        return moved;
    }

    /** Makes room for {@code words} more stack words (up to --stack-max) and raises the high-water mark. */
    private long[] makeRoomOnStack(int sp, int words) {
        if (!stack.ensure(sp, words)) throw stackOverflow();
        stackHigh = sp + words;
        return stack.words;
    }

    /** Writes the run loop's copies of the registers back to the heap, stack and statistics. */
    private void spill(int hp, int sp, long steps) {
        heap.hp = hp;
        stack.sp = sp;
        stats.steps = steps;
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
                int index = alts.altByTag[con.alt];
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

    /** A tuple returned to its case: the components go to the alternative's slots; a default drops them. */
    private Code takeTuple(Alternatives alts, long[] L) {
        if (alts.expects != Alternatives.TUPLE) return alts.defaultBody;
        Alternatives.Alt alt = alts.alts[0];
        int[] slots = alt.fieldSlots();
        for (int i = 0; i < slots.length; i++) L[slots[i]] = returned[i];
        return alt.body();
    }

    // ---------------------------------------------------------------- primops that need the machine

    /**
     * The tag of an evaluated constructor. GHC's CorePrep evaluates dataToTag#'s argument first
     * (a case binds it), so a thunk here is a program error, not something to evaluate.
     */
    long dataToTag(long p, Code at) {
        long[] H = heap.words;
        long value = Heap.followIndirections(H, p);
        InfoTable info = tables()[Header.info(H[(int) value])];
        if (info.kind != Kind.CON) {
            throw new RuntimeFault(RuntimeFault.Kind.BAD_APPLICATION, "dataToTag# at " + at.span.location()
                    + " applied to " + info.describe() + ", not an evaluated constructor (evaluate it with a case first)");
        }
        return info.tag;
    }

    /** The byte at {@code address + offset} of the static bytes, 0-255. */
    long indexCharOffAddr(long address, long offset, Code at) {
        long at0 = address + offset;
        if (at0 < 0 || at0 >= staticBytes.length) {
            throw new RuntimeFault(RuntimeFault.Kind.BAD_APPLICATION, "indexCharOffAddr# at " + at.span.location()
                    + " reads address " + address + " + " + offset + ", outside the program's " + staticBytes.length
                    + " static bytes");
        }
        return staticBytes[(int) at0] & 0xFF;
    }

    /** The results of {@code quotRemInt#} or {@code quotRemWord#}, in the return registers. */
    private void quotRem(PrimOp op, long a, long b, Code at) {
        if (b == 0) throw PrimOps.divisionByZero(at);
        if (op == PrimOp.QUOT_REM_WORD) {
            returned[0] = Long.divideUnsigned(a, b);
            returned[1] = Long.remainderUnsigned(a, b);
        } else {
            returned[0] = a / b;
            returned[1] = a % b;
        }
    }

    /** What came back to a case on an unboxed tuple was not the tuple it takes apart, or the reverse. */
    private static RuntimeFault tupleMismatch(Alternatives alts, long ret, boolean retPtr, boolean retTuple) {
        String expected = alts.expects == Alternatives.TUPLE
                ? "an unboxed tuple " + UnboxedTuples.name(alts.tupleArity) + tupleKinds(alts.tuplePointers, alts.tupleArity)
                : kindName(alts.expects);
        String got = !retTuple ? (retPtr ? "a boxed value" : "an Int# (" + ret + "#)")
                : "an unboxed tuple " + UnboxedTuples.name((int) ret);
        return new RuntimeFault(RuntimeFault.Kind.BAD_APPLICATION, "the case at " + alts.span.location() + " expects "
                + expected + " but " + got + " was returned to it");
    }

    private static String tupleKinds(long pointers, int arity) {
        StringBuilder kinds = new StringBuilder(" of");
        for (int i = 0; i < arity; i++) kinds.append((pointers & 1L << i) != 0 ? " pointer" : " Int#");
        return kinds.toString();
    }

    private String describeValue(long value, boolean isPointer) {
        if (!isPointer) return value + "#";
        return new ValuePrinter(this, ValuePrinter.Style.NATIVE, 3, 20).shallow(value);
    }

    private RuntimeFault stackOverflow() {
        return new RuntimeFault(RuntimeFault.Kind.STACK_OVERFLOW, "stack overflow: the STG stack exceeded "
                + stack.maxWords + " words (--stack-max)");
    }

    /** A masked field was read after all: a mask too small, a bug of the machine, not of the program. */
    private static IllegalStateException deadRead(String how) {
        return new IllegalStateException(how + " the DEAD object: a field its parent pointer's mask left out was read");
    }

    /** Whether the first {@code n} arguments of a frame are of the kinds the function's parameters expect. */
    private static boolean kindsAgree(InfoTable args, InfoTable function, int n) {
        byte[] expected = function.lambda().paramKinds;
        for (int i = 0; i < n; i++) {
            if (args.fieldTypes[i] != expected[i] && expected[i] != LambdaCode.ANY_KIND) return false;
        }
        return true;
    }

    /**
     * An unknown call passed a pointer where the function expects an Int#, or the reverse: the
     * callee would square a heap address or read a number as one. {@code site} is the call that
     * pushed the arguments, also when they were left pending (over-saturation, a thunk
     * evaluated first): its ARGS frame carries it.
     */
    private static RuntimeFault kindMismatch(InfoTable function, InfoTable args, Span site) {
        byte[] expected = function.lambda().paramKinds;
        int i = 0;
        while (args.fieldTypes[i] == expected[i] || expected[i] == LambdaCode.ANY_KIND) i++;
        return new RuntimeFault(RuntimeFault.Kind.BAD_APPLICATION, "function " + function.describe() + " expects argument "
                + (i + 1) + " to be " + kindName(expected[i]) + " but was passed " + kindName(args.fieldTypes[i])
                + callSite(site));
    }

    /** Where the arguments being applied came from. */
    private static String callSite(Span site) {
        return site.isKnown() ? " at the call at " + site.location() : "";
    }

    /** The call that pushed the ARGS frame with this header. */
    private Span site(long argsHeader) {
        return callSites[ArgsHeader.site(argsHeader)];
    }

    /** A value of the other kind returned to a case continuation through an unknown call. */
    private static RuntimeFault kindMismatch(InfoTable frame, long value, boolean pointer) {
        return new RuntimeFault(RuntimeFault.Kind.BAD_APPLICATION, "the case at " + frame.continuation().alts().span.location()
                + " expects " + kindName(pointer ? InfoTable.INT : InfoTable.PTR) + " but "
                + (pointer ? "a boxed value" : "an Int# (" + value + "#)") + " was returned to it");
    }

    private static String kindName(byte type) {
        return type == InfoTable.INT ? "an Int#" : "a boxed value (a pointer)";
    }

    private static RuntimeFault badApplication(String what, Span site) {
        return new RuntimeFault(RuntimeFault.Kind.BAD_APPLICATION, "cannot apply " + what + " to arguments" + callSite(site));
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

    // ---------------------------------------------------------------- tracing

    /** A step in EVAL mode: the code says what is evaluated. */
    private void trace(long step, Rule rule, Code at, int sp) {
        options.trace().step(this, step, rule, at, sp, StepTracer.NO_VALUE, false);
    }

    /** A step on an object entered or applied ({@code value}, a pointer) or a value returned to a frame. */
    private void trace(long step, Rule rule, Object at, int sp, long value, boolean pointer) {
        options.trace().step(this, step, rule, at, sp, value, pointer);
    }

    /** The register file, for a tracer showing the current closure's variables. */
    long[] registers() {
        return locals;
    }

    /** An operand's value as the step about to run reads it, without counting a load: for the step view. */
    long peek(int operand) {
        return switch (Operand.kind(operand)) {
            case Operand.LOCAL -> locals[Operand.payload(operand)];
            case Operand.FIELD -> heap.words[(int) locals[Operand.base(operand)] + Operand.offset(operand)];
            case Operand.GLOBAL -> Operand.payload(operand);
            default -> constants[Operand.payload(operand)];
        };
    }
}
