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
 * heap, static bytes, stdin and stdout) call back into it.
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
            case PUTCHAR: return machine.putchar(a, at);
            case GETCHAR: return machine.getchar(at);
            case RAISE:
                throw new RuntimeFault(RuntimeFault.Kind.RAISED, "raise# at " + at.span.location(), a);
            case EXIT:
                throw new RuntimeFault(RuntimeFault.Kind.EXITED, "exit " + a + "# at " + at.span.location(), a);
            default:
                throw new RuntimeFault(RuntimeFault.Kind.BAD_APPLICATION, "primitive operation '" + op.symbol()
                        + "' at " + at.span.location() + " is not implemented by this machine");
        }
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
