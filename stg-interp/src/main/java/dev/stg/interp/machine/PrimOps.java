package dev.stg.interp.machine;

import dev.stg.core.syntax.PrimOp;
import dev.stg.interp.code.Code;

/**
 * The arithmetic of the single-result primops on machine words, one static switch the run loop
 * calls: no allocation. Word# is unsigned ({@link Long#compareUnsigned}, {@link Long#divideUnsigned});
 * Double# and Float# words are {@link Double#doubleToRawLongBits}, and every Float# result is
 * rounded to float precision. Shifts use the low 6 bits of the count, as Java's do (GHC leaves
 * shifts by 64 or more undefined). Division by zero, which GHC leaves undefined for
 * {@code quotInt#} and {@code remInt#}, is a runtime fault. The few that need the machine (its
 * heap, static bytes) call back into it; the foreign calls go to its {@link ForeignCalls}.
 */
final class PrimOps {

    private PrimOps() {
    }

    static long apply(PrimOp op, long a, long b, Code at, Machine machine) {
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
            case EQ: return bool(a == b);
            case NE: return bool(a != b);
            case LT: return bool(a < b);
            case LE: return bool(a <= b);
            case GT: return bool(a > b);
            case GE: return bool(a >= b);
            case NEGATE: case NEGATE_INT: return -a;
            case QUOT_INT:
                if (b == 0) throw divisionByZero(at);
                return a / b;
            case REM_INT:
                if (b == 0) throw divisionByZero(at);
                return a % b;
            case AND_I: case AND_W: return a & b;
            case OR_I: case OR_W: return a | b;
            case XOR_I: case XOR_W: return a ^ b;
            case NOT_I: case NOT_W: return ~a;
            case SHIFT_L_I: case SHIFT_L_W: return a << b;
            case SHIFT_RA_I: return a >> b;
            case SHIFT_RL_I: case SHIFT_RL_W: return a >>> b;
            case PLUS_WORD: return a + b;
            case MINUS_WORD: return a - b;
            case TIMES_WORD: return a * b;
            case QUOT_WORD:
                if (b == 0) throw divisionByZero(at);
                return Long.divideUnsigned(a, b);
            case REM_WORD:
                if (b == 0) throw divisionByZero(at);
                return Long.remainderUnsigned(a, b);
            case INT_TO_WORD: case WORD_TO_INT: case ORD: return a;
            case EQ_WORD: case EQ_CHAR: return bool(a == b);
            case NE_WORD: case NE_CHAR: return bool(a != b);
            case LT_WORD: return bool(Long.compareUnsigned(a, b) < 0);
            case LE_WORD: return bool(Long.compareUnsigned(a, b) <= 0);
            case GT_WORD: return bool(Long.compareUnsigned(a, b) > 0);
            case GE_WORD: return bool(Long.compareUnsigned(a, b) >= 0);
            case CHR:
                if (a < 0 || a > Character.MAX_CODE_POINT) {
                    throw new RuntimeFault(RuntimeFault.Kind.BAD_APPLICATION, "chr# of " + a
                            + "#, not a code point (0 to 1114111), at " + at.span.location());
                }
                return a;
            case LT_CHAR: return bool(a < b);
            case LE_CHAR: return bool(a <= b);
            case GT_CHAR: return bool(a > b);
            case GE_CHAR: return bool(a >= b);
            default: return floating(op, d(a), d(b), a, b, at, machine);
        }
    }

    private static long floating(PrimOp op, double x, double y, long a, long b, Code at, Machine machine) {
        switch (op) {
            case PLUS_DOUBLE: return w(x + y);
            case MINUS_DOUBLE: return w(x - y);
            case TIMES_DOUBLE: return w(x * y);
            case DIVIDE_DOUBLE: return w(x / y);
            case POWER_DOUBLE: return w(Math.pow(x, y));
            case EQ_DOUBLE: case EQ_FLOAT: return bool(x == y);
            case NE_DOUBLE: case NE_FLOAT: return bool(x != y);
            case LT_DOUBLE: case LT_FLOAT: return bool(x < y);
            case LE_DOUBLE: case LE_FLOAT: return bool(x <= y);
            case GT_DOUBLE: case GT_FLOAT: return bool(x > y);
            case GE_DOUBLE: case GE_FLOAT: return bool(x >= y);
            case NEGATE_DOUBLE: return w(-x);
            case FABS_DOUBLE: return w(Math.abs(x));
            case SQRT_DOUBLE: return w(Math.sqrt(x));
            case EXP_DOUBLE: return w(Math.exp(x));
            case LOG_DOUBLE: return w(Math.log(x));
            case SIN_DOUBLE: return w(Math.sin(x));
            case COS_DOUBLE: return w(Math.cos(x));
            case TAN_DOUBLE: return w(Math.tan(x));
            case ASIN_DOUBLE: return w(Math.asin(x));
            case ACOS_DOUBLE: return w(Math.acos(x));
            case ATAN_DOUBLE: return w(Math.atan(x));
            case SINH_DOUBLE: return w(Math.sinh(x));
            case COSH_DOUBLE: return w(Math.cosh(x));
            case TANH_DOUBLE: return w(Math.tanh(x));
            case ASINH_DOUBLE: return w(asinh(x));
            case ACOSH_DOUBLE: return w(acosh(x));
            case ATANH_DOUBLE: return w(atanh(x));
            case LOG1P_DOUBLE: return w(Math.log1p(x));
            case EXPM1_DOUBLE: return w(Math.expm1(x));
            case INT_TO_DOUBLE: return w((double) a);
            case DOUBLE_TO_INT: case FLOAT_TO_INT: return (long) x;
            case PLUS_FLOAT: return f(x + y);
            case MINUS_FLOAT: return f(x - y);
            case TIMES_FLOAT: return f(x * y);
            case DIVIDE_FLOAT: return f(x / y);
            case NEGATE_FLOAT: return f(-x);
            case INT_TO_FLOAT: return f((double) a);
            case FLOAT_TO_DOUBLE: return a;
            case DOUBLE_TO_FLOAT: return f(x);
            case ERROR:
                throw new RuntimeFault(RuntimeFault.Kind.ERROR_CALLED, "error# evaluated at " + at.span.location());
            case PLUS_ADDR: return a + b;
            case INDEX_CHAR_OFF_ADDR: return machine.indexCharOffAddr(a, b, at);
            case DATA_TO_TAG: return machine.dataToTag(a, at);
            case RAISE:
                throw new RuntimeFault(RuntimeFault.Kind.RAISED, "raise# at " + at.span.location(), a);
            case PUTCHAR: case GETCHAR: case EXIT: case ARG_COUNT: case ARG_BYTE: case FILE_PATH_BYTE: case FILE_OPEN:
            case FILE_GETC:
                return machine.foreignCalls().call(op, a, b, at);
            default:
                // Every primop with one result has its arm above; the others return unboxed
                // tuples, which the run loop computes itself.
                throw new AssertionError("internal error: primop " + op.symbol() + " at " + at.span.location()
                        + " reached the single-result arithmetic");
        }
    }

    /*
     * Java has no inverse hyperbolic functions. These are fdlibm's formulas (C's asinh, acosh,
     * atanh): log1p near zero keeps small arguments exact, and the large-argument forms avoid
     * squaring into infinity.
     */
    private static final double LN2 = Math.log(2);
    private static final double HUGE = 0x1p28;

    static double asinh(double x) {
        double a = Math.abs(x);
        double r;
        if (a > HUGE) r = Math.log(a) + LN2;
        else if (a > 2) r = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        else r = Math.log1p(a + x * x / (1 + Math.sqrt(1 + x * x)));
        return a == 0 || Double.isNaN(x) || Double.isInfinite(x) ? x : Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (x < 1 || Double.isNaN(x)) return Double.NaN;
        if (x > HUGE) return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        if (x > 2) return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) {
        double a = Math.abs(x);
        if (a > 1 || Double.isNaN(x)) return Double.NaN;
        double r = a < 0.5 ? 0.5 * Math.log1p(2 * a + 2 * a * a / (1 - a)) : 0.5 * Math.log1p(2 * a / (1 - a));
        return a == 0 ? x : Math.copySign(r, x);
    }

    private static long bool(boolean b) {
        return b ? 1 : 0;
    }

    private static double d(long word) {
        return Double.longBitsToDouble(word);
    }

    private static long w(double x) {
        return Double.doubleToRawLongBits(x);
    }

    /** A Float# result: rounded to float, stored as the double nearest it. */
    private static long f(double x) {
        return Double.doubleToRawLongBits((float) x);
    }

    static RuntimeFault divisionByZero(Code at) {
        return new RuntimeFault(RuntimeFault.Kind.DIVISION_BY_ZERO, "division by zero at " + at.span.location());
    }
}
