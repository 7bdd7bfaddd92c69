package dev.stg.core.syntax;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.stg.core.syntax.Rep.ADDR;
import static dev.stg.core.syntax.Rep.CHAR;
import static dev.stg.core.syntax.Rep.DOUBLE;
import static dev.stg.core.syntax.Rep.FLOAT;
import static dev.stg.core.syntax.Rep.INT;
import static dev.stg.core.syntax.Rep.POINTER;
import static dev.stg.core.syntax.Rep.WORD;

/**
 * The primitive operations: the native dialect's own ({@code /# %# negate# error#}) and those
 * GHC.Prim names, spelled as GHC spells them. Each has a signature of reps; comparisons give
 * Int# {@code 1#} or {@code 0#}; an operation with several results ({@code quotRemInt#})
 * returns an unboxed tuple of them in registers. {@code State#} arguments and results are
 * erased, so they appear in no signature. The foreign calls the machine implements are here
 * too ({@link #isForeignCall}): GHC's {@code __ffi_static_ccall_unsafe main:putchar} is
 * {@code PUTCHAR} (whatever the unit), and no other foreign call exists.
 */
public enum PrimOp {
    // ---- Int#: the native dialect's spellings first
    ADD("+#", INT, INT, INT), SUB("-#", INT, INT, INT), MUL("*#", INT, INT, INT),
    /** Rounds toward negative infinity, as stgi; division by zero is a runtime error. */
    DIV("/#", INT, INT, INT),
    /** The remainder of {@link #DIV}: {@code Math.floorMod}. */
    MOD("%#", INT, INT, INT),
    EQ("==#", INT, INT, INT), NE("/=#", INT, INT, INT), LT("<#", INT, INT, INT), LE("<=#", INT, INT, INT),
    GT(">#", INT, INT, INT), GE(">=#", INT, INT, INT),
    NEGATE("negate#", INT, INT),
    /** Raises a runtime error; the ministg dialect's {@code ERROR} object evaluates it. */
    ERROR("error#", List.of(), List.of(INT)),
    /** GHC's: rounds toward zero, as C; division by zero is a runtime error. */
    QUOT_INT("quotInt#", INT, INT, INT),
    REM_INT("remInt#", INT, INT, INT),
    QUOT_REM_INT("quotRemInt#", List.of(INT, INT), List.of(INT, INT)),
    NEGATE_INT("negateInt#", INT, INT),
    AND_I("andI#", INT, INT, INT), OR_I("orI#", INT, INT, INT), XOR_I("xorI#", INT, INT, INT), NOT_I("notI#", INT, INT),
    /** Shifts by 64 or more are undefined in GHC; the machine gives what Java's shift gives. */
    SHIFT_L_I("uncheckedIShiftL#", INT, INT, INT),
    SHIFT_RA_I("uncheckedIShiftRA#", INT, INT, INT),
    SHIFT_RL_I("uncheckedIShiftRL#", INT, INT, INT),

    // ---- Word#: unsigned 64-bit
    PLUS_WORD("plusWord#", WORD, WORD, WORD), MINUS_WORD("minusWord#", WORD, WORD, WORD),
    TIMES_WORD("timesWord#", WORD, WORD, WORD), QUOT_WORD("quotWord#", WORD, WORD, WORD),
    REM_WORD("remWord#", WORD, WORD, WORD),
    QUOT_REM_WORD("quotRemWord#", List.of(WORD, WORD), List.of(WORD, WORD)),
    AND_W("and#", WORD, WORD, WORD), OR_W("or#", WORD, WORD, WORD), XOR_W("xor#", WORD, WORD, WORD), NOT_W("not#", WORD, WORD),
    SHIFT_L_W("uncheckedShiftL#", WORD, INT, WORD), SHIFT_RL_W("uncheckedShiftRL#", WORD, INT, WORD),
    INT_TO_WORD("int2Word#", INT, WORD), WORD_TO_INT("word2Int#", WORD, INT),
    EQ_WORD("eqWord#", WORD, WORD, INT), NE_WORD("neWord#", WORD, WORD, INT),
    LT_WORD("ltWord#", WORD, WORD, INT), LE_WORD("leWord#", WORD, WORD, INT),
    GT_WORD("gtWord#", WORD, WORD, INT), GE_WORD("geWord#", WORD, WORD, INT),

    // ---- Char#: a Unicode code point
    CHR("chr#", INT, CHAR), ORD("ord#", CHAR, INT),
    EQ_CHAR("eqChar#", CHAR, CHAR, INT), NE_CHAR("neChar#", CHAR, CHAR, INT),
    LT_CHAR("ltChar#", CHAR, CHAR, INT), LE_CHAR("leChar#", CHAR, CHAR, INT),
    GT_CHAR("gtChar#", CHAR, CHAR, INT), GE_CHAR("geChar#", CHAR, CHAR, INT),

    // ---- Double#
    PLUS_DOUBLE("+##", DOUBLE, DOUBLE, DOUBLE), MINUS_DOUBLE("-##", DOUBLE, DOUBLE, DOUBLE),
    TIMES_DOUBLE("*##", DOUBLE, DOUBLE, DOUBLE), DIVIDE_DOUBLE("/##", DOUBLE, DOUBLE, DOUBLE),
    POWER_DOUBLE("**##", DOUBLE, DOUBLE, DOUBLE),
    EQ_DOUBLE("==##", DOUBLE, DOUBLE, INT), NE_DOUBLE("/=##", DOUBLE, DOUBLE, INT),
    LT_DOUBLE("<##", DOUBLE, DOUBLE, INT), LE_DOUBLE("<=##", DOUBLE, DOUBLE, INT),
    GT_DOUBLE(">##", DOUBLE, DOUBLE, INT), GE_DOUBLE(">=##", DOUBLE, DOUBLE, INT),
    NEGATE_DOUBLE("negateDouble#", DOUBLE, DOUBLE), FABS_DOUBLE("fabsDouble#", DOUBLE, DOUBLE),
    SQRT_DOUBLE("sqrtDouble#", DOUBLE, DOUBLE), EXP_DOUBLE("expDouble#", DOUBLE, DOUBLE),
    LOG_DOUBLE("logDouble#", DOUBLE, DOUBLE), SIN_DOUBLE("sinDouble#", DOUBLE, DOUBLE),
    COS_DOUBLE("cosDouble#", DOUBLE, DOUBLE), TAN_DOUBLE("tanDouble#", DOUBLE, DOUBLE),
    ASIN_DOUBLE("asinDouble#", DOUBLE, DOUBLE), ACOS_DOUBLE("acosDouble#", DOUBLE, DOUBLE),
    ATAN_DOUBLE("atanDouble#", DOUBLE, DOUBLE), SINH_DOUBLE("sinhDouble#", DOUBLE, DOUBLE),
    COSH_DOUBLE("coshDouble#", DOUBLE, DOUBLE), TANH_DOUBLE("tanhDouble#", DOUBLE, DOUBLE),
    ASINH_DOUBLE("asinhDouble#", DOUBLE, DOUBLE), ACOSH_DOUBLE("acoshDouble#", DOUBLE, DOUBLE),
    ATANH_DOUBLE("atanhDouble#", DOUBLE, DOUBLE),
    LOG1P_DOUBLE("log1pDouble#", DOUBLE, DOUBLE), EXPM1_DOUBLE("expm1Double#", DOUBLE, DOUBLE),
    INT_TO_DOUBLE("int2Double#", INT, DOUBLE),
    /** Truncates toward zero, as C's cast. */
    DOUBLE_TO_INT("double2Int#", DOUBLE, INT),

    // ---- Float#: computed in double and rounded to float after every operation
    PLUS_FLOAT("plusFloat#", FLOAT, FLOAT, FLOAT), MINUS_FLOAT("minusFloat#", FLOAT, FLOAT, FLOAT),
    TIMES_FLOAT("timesFloat#", FLOAT, FLOAT, FLOAT), DIVIDE_FLOAT("divideFloat#", FLOAT, FLOAT, FLOAT),
    NEGATE_FLOAT("negateFloat#", FLOAT, FLOAT),
    EQ_FLOAT("eqFloat#", FLOAT, FLOAT, INT), NE_FLOAT("neFloat#", FLOAT, FLOAT, INT),
    LT_FLOAT("ltFloat#", FLOAT, FLOAT, INT), LE_FLOAT("leFloat#", FLOAT, FLOAT, INT),
    GT_FLOAT("gtFloat#", FLOAT, FLOAT, INT), GE_FLOAT("geFloat#", FLOAT, FLOAT, INT),
    INT_TO_FLOAT("int2Float#", INT, FLOAT), FLOAT_TO_INT("float2Int#", FLOAT, INT),
    FLOAT_TO_DOUBLE("float2Double#", FLOAT, DOUBLE), DOUBLE_TO_FLOAT("double2Float#", DOUBLE, FLOAT),

    // ---- Addr#: an offset into the program's static bytes
    INDEX_CHAR_OFF_ADDR("indexCharOffAddr#", ADDR, INT, CHAR),
    PLUS_ADDR("plusAddr#", ADDR, INT, ADDR),

    // ---- on any lifted value
    /** The constructor's tag (its position in its data declaration); evaluates the argument first. */
    DATA_TO_TAG("dataToTag#", POINTER, INT),
    /** Evaluates the argument and returns it in a {@code Solo#} (its State# erased). */
    SEQ("seq#", List.of(POINTER), List.of(POINTER)),
    /** What {@code error} becomes: a runtime fault whose message is the payload's text (a [Char]), exit status 1. */
    RAISE("raise#", List.of(POINTER), List.of(POINTER)),

    // ---- the foreign calls the machine implements (docs/ghc-stg.md, docs/prelude-hs.md), last of
    // all ({@link #isForeignCall}); their State# is erased
    /** C's {@code putchar}: writes the low byte of its argument to stdout, returns it. */
    PUTCHAR("putchar", List.of(INT), List.of(INT)),
    /** C's {@code getchar}: the next byte of stdin, or -1 at its end. */
    GETCHAR("getchar", List.of(), List.of(INT)),
    /** C's {@code exit}: ends the program with this status. */
    EXIT("exit", List.of(INT), List.of()),
    /** The number of the program's arguments. */
    ARG_COUNT("stg_arg_count", List.of(), List.of(INT)),
    /** Byte j (UTF-8) of argument i, or -1 past its end or for no such argument. */
    ARG_BYTE("stg_arg_byte", INT, INT, INT),
    /** Appends the low byte of its argument to the path the next {@link #FILE_OPEN} opens; returns 0. */
    FILE_PATH_BYTE("stg_file_path_byte", INT, INT),
    /**
     * Opens that path read-only and clears it: a handle (0 or more), -1 when it cannot be read,
     * -2 when it is not below the working directory.
     */
    FILE_OPEN("stg_file_open", List.of(), List.of(INT)),
    /** The next byte of a handle, or -1 at its end (the file is then closed). */
    FILE_GETC("stg_file_getc", INT, INT);

    private static final Map<String, PrimOp> BY_SYMBOL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(PrimOp::symbol, Function.identity()));

    private final String symbol;
    private final List<Rep> args;
    private final List<Rep> results;

    PrimOp(String symbol, List<Rep> args, List<Rep> results) {
        this.symbol = symbol;
        this.args = args;
        this.results = results;
    }

    /** A one-argument operation. */
    PrimOp(String symbol, Rep arg, Rep result) {
        this(symbol, List.of(arg), List.of(result));
    }

    /** A two-argument operation. */
    PrimOp(String symbol, Rep a, Rep b, Rep result) {
        this(symbol, List.of(a, b), List.of(result));
    }

    public String symbol() {
        return symbol;
    }

    public int arity() {
        return args.size();
    }

    public List<Rep> args() {
        return args;
    }

    /** One rep for a single result; several for an unboxed-tuple result; none for {@link #EXIT}. */
    public List<Rep> results() {
        return results;
    }

    /**
     * Whether the result is an unboxed tuple returned in registers: several results, or
     * {@code seq#}'s {@code Solo#} of its one.
     */
    public boolean returnsTuple() {
        return results.size() > 1 || this == SEQ;
    }

    /** A foreign call (C's symbol), not a GHC.Prim primop: its spelling in dumps is {@code unit:symbol}. */
    public boolean isForeignCall() {
        return compareTo(PUTCHAR) >= 0;
    }

    /** The foreign calls' C names, for messages: {@code putchar, getchar, ...}. */
    public static String foreignCallNames() {
        return Arrays.stream(values()).filter(PrimOp::isForeignCall).map(PrimOp::symbol).collect(Collectors.joining(", "));
    }

    public static Optional<PrimOp> bySymbol(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }
}
