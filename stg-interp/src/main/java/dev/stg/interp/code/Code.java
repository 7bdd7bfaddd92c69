package dev.stg.interp.code;

import dev.stg.core.syntax.Span;

/**
 * A compiled expression. The run loop switches on {@link #op}; each subclass is final and
 * holds resolved operands, so executing one allocates nothing.
 */
public abstract sealed class Code permits Code.Let, Code.Case, Code.CaseValue, Code.KnownCall, Code.Call,
        Code.Eval, Code.ReturnCon, Code.ReturnInt, Code.Prim, Code.Jump, Code.ReturnTuple {

    public static final int LET = 0;
    public static final int CASE = 1;
    public static final int CASE_VALUE = 2;
    public static final int KNOWN_CALL = 3;
    public static final int CALL = 4;
    public static final int EVAL = 5;
    public static final int RETURN_CON = 6;
    public static final int RETURN_INT = 7;
    public static final int PRIM = 8;
    public static final int JUMP = 9;
    public static final int RETURN_TUPLE = 10;

    public final int op;
    public final Span span;

    Code(int op, Span span) {
        this.op = op;
        this.span = span;
    }

    /**
     * One closure a let allocates: its info table, the slot its pointer goes to, its fields'
     * operands, and the variable it binds (for the step view: a closure laid out as a
     * constructor has the constructor's table, which does not name it).
     */
    public record Alloc(InfoTable info, int slot, int[] fieldOperands, String binder) {
        public int words() {
            return info.firstField + fieldOperands.length;
        }
    }

    /**
     * {@code let}/{@code letrec}: one heap check for the whole group, then allocate every
     * closure, bind the slots, and fill the fields (so letrec fields can point to siblings).
     */
    public static final class Let extends Code {
        public final Alloc[] allocs;
        public final int words;
        /** Pointer slots live at the heap check: the collector's roots in the register file. */
        public final RegisterRoots liveRoots;
        public final Code body;

        public Let(Span span, Alloc[] allocs, RegisterRoots liveRoots, Code body) {
            super(LET, span);
            this.allocs = allocs;
            int total = 0;
            for (Alloc a : allocs) total += a.words();
            this.words = total;
            this.liveRoots = liveRoots;
            this.body = body;
        }
    }

    /** {@code case e of alts} where {@code e} needs evaluating: push the continuation, then run {@code e}. */
    public static final class Case extends Code {
        public final Code scrutinee;
        /** The CASE_FRAME info table; its code is the {@link CaseContinuation}. */
        public final InfoTable frame;

        public Case(Span span, Code scrutinee, InfoTable frame) {
            super(CASE, span);
            this.scrutinee = scrutinee;
            this.frame = frame;
        }
    }

    /**
     * {@code case} on a primop, a literal, or an Int# variable: computed in place, no frame and
     * no heap object. {@code primOp} is null when the value is just {@code a}.
     */
    public static final class CaseValue extends Code {
        public final dev.stg.core.syntax.PrimOp primOp;
        public final int a;
        public final int b;
        public final Alternatives alts;

        public CaseValue(Span span, dev.stg.core.syntax.PrimOp primOp, int a, int b, Alternatives alts) {
            super(CASE_VALUE, span);
            this.primOp = primOp;
            this.a = a;
            this.b = b;
            this.alts = alts;
        }
    }

    /** A saturated call of a function whose code is known statically: jump straight to its body. */
    public static final class KnownCall extends Code {
        public final int function;
        public final LambdaCode target;
        public final int[] args;

        public KnownCall(Span span, int function, LambdaCode target, int[] args) {
            super(KNOWN_CALL, span);
            this.function = function;
            this.target = target;
            this.args = args;
        }
    }

    /** A call of an unknown function: eval/apply decides at run time (exact, PAP, or over-saturated). */
    public static final class Call extends Code {
        public final int function;
        public final int[] args;
        /** The ARGS_FRAME shape for these arguments' boxity. */
        public final InfoTable argsShape;
        /**
         * This call's index in {@link CompiledProgram#callSites()}, already in the high half of
         * an ARGS frame's header word ({@link ArgsHeader}): the frame's arguments may be applied
         * long after the call (over-saturation, a thunk evaluated first), and a fault then names it.
         */
        public final long siteBits;

        public Call(Span span, int site, int function, int[] args, InfoTable argsShape) {
            super(CALL, span);
            this.function = function;
            this.args = args;
            this.argsShape = argsShape;
            this.siteBits = ArgsHeader.siteBits(site);
        }
    }

    /** A pointer variable alone: evaluate the object it points to. */
    public static final class Eval extends Code {
        public final int operand;

        public Eval(Span span, int operand) {
            super(EVAL, span);
            this.operand = operand;
        }
    }

    /** A saturated constructor application in tail position: allocate it and return it. */
    public static final class ReturnCon extends Code {
        public final InfoTable con;
        public final int[] args;
        public final RegisterRoots liveRoots;

        public ReturnCon(Span span, InfoTable con, int[] args, RegisterRoots liveRoots) {
            super(RETURN_CON, span);
            this.con = con;
            this.args = args;
            this.liveRoots = liveRoots;
        }
    }

    /** An Int# literal or Int# variable in tail position. */
    public static final class ReturnInt extends Code {
        public final int operand;

        public ReturnInt(Span span, int operand) {
            super(RETURN_INT, span);
            this.operand = operand;
        }
    }

    /** A primitive operation in tail position: returns its Int# result. */
    public static final class Prim extends Code {
        public final dev.stg.core.syntax.PrimOp primOp;
        public final int a;
        public final int b;

        public Prim(Span span, dev.stg.core.syntax.PrimOp primOp, int a, int b) {
            super(PRIM, span);
            this.primOp = primOp;
            this.a = a;
            this.b = b;
        }
    }

    /**
     * A jump to a join point: the arguments go to the join point's parameter slots (all read
     * before any is written: an argument may be another parameter), then its body runs in the
     * same register frame. No frame, no heap object.
     */
    public static final class Jump extends Code {
        public final JoinPoint target;
        public final int[] args;

        public Jump(Span span, JoinPoint target, int[] args) {
            super(JUMP, span);
            this.target = target;
            this.args = args;
        }
    }

    /**
     * An unboxed tuple in tail position, returned in the machine's return registers, not on the
     * heap: the components of a constructor application, or the results of a primop with
     * several ({@code primOp} not null, its operands {@code components[0..1]}).
     */
    public static final class ReturnTuple extends Code {
        public final dev.stg.core.syntax.PrimOp primOp;
        public final int[] components;
        /** Bit i set: component i is a pointer. */
        public final long pointers;

        public ReturnTuple(Span span, dev.stg.core.syntax.PrimOp primOp, int[] components, long pointers) {
            super(RETURN_TUPLE, span);
            this.primOp = primOp;
            this.components = components;
            this.pointers = pointers;
        }
    }
}
