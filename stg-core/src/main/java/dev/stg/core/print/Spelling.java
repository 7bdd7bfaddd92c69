package dev.stg.core.print;

import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.Rep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;

/**
 * How names and literals are written, as GHC's dumps write them: shared by the lexer (what a
 * plain name is, whether it names a constructor), the printer and the value printer (literals
 * with Haskell's {@code show} for Char, Double and Float).
 */
public final class Spelling {

    /** Words a plain name may not be (docs/language.md). */
    public static final Set<String> RESERVED = Set.of("let", "letrec", "in", "case", "of", "default", "ccall", "data");

    private static final String[] ASCII_NAMES = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "a", "b", "t",
        "n", "v", "f", "r", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB",
        "ESC", "FS", "GS", "RS", "US"};

    private Spelling() {
    }

    /** The names of the control characters 0-31 in Haskell escapes ({@code \NUL}, {@code \n}, ...). */
    public static String asciiName(int c) {
        return ASCII_NAMES[c];
    }

    public static boolean nameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    public static boolean namePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '#' || c == '$' || c == '.';
    }

    /** {@code []}, {@code ()}, {@code (,)}..., {@code (##)}, {@code (#,#)}..., {@code :}: written without quotes. */
    public static boolean isSpecialConstructor(String name) {
        if (name.equals("[]") || name.equals(":") || name.equals("(##)")) return true;
        String inner;
        if (name.startsWith("(#") && name.endsWith("#)") && name.length() >= 5) {
            inner = name.substring(2, name.length() - 2);
        } else if (name.startsWith("(") && name.endsWith(")") && !name.startsWith("(#")) {
            inner = name.substring(1, name.length() - 1);
        } else {
            return false;
        }
        return inner.chars().allMatch(c -> c == ',');
    }

    /** A constructor when, after an optional {@code Module.} qualifier, it starts uppercase or with {@code :}, or is special. */
    public static boolean isConstructor(String name) {
        // GHC's module ":Main" (of the wrapper ":Main.main") is a qualifier, not an operator's colon.
        if (name.startsWith(":Main.")) return isConstructor(name.substring(1));
        String rest = unqualified(name);
        if (rest.isEmpty()) return false;
        return isSpecialConstructor(rest) || Character.isUpperCase(rest.charAt(0)) || rest.charAt(0) == ':'
                || rest.equals("Solo#");
    }

    /** The name without its {@code Module.} qualifier (segments that start uppercase, each followed by a dot). */
    static String unqualified(String name) {
        int at = 0;
        while (at < name.length() && Character.isUpperCase(name.charAt(at))) {
            int end = at;
            while (end < name.length() && (Character.isLetterOrDigit(name.charAt(end)) || name.charAt(end) == '_'
                    || name.charAt(end) == '\'')) end++;
            if (end < name.length() - 1 && name.charAt(end) == '.') {
                at = end + 1;
            } else {
                break;
            }
        }
        return name.substring(at);
    }

    /** Whether the lexer reads {@code name} alone as that very name (not a keyword, primop or something else). */
    public static boolean isPlain(String name) {
        if (isSpecialConstructor(name)) return true;
        if (name.isEmpty() || !nameStart(name.charAt(0)) || name.endsWith(".")) return false;
        for (int i = 1; i < name.length(); i++) if (!namePart(name.charAt(i))) return false;
        return !RESERVED.contains(name)
                && PrimOp.bySymbol(name).filter(op -> !op.isForeignCall()).isEmpty();
    }

    /** A name as source text: plain when it lexes back as itself, else in backquotes. */
    public static String name(String name) {
        return isPlain(name) ? name : "`" + name + "`";
    }

    // ---------------------------------------------------------------- literals

    public static String literal(Lit lit) {
        return lit.rep() == Rep.ADDR ? showString(lit.bytes()) + "#" : literal(lit.rep(), lit.value());
    }

    /** A machine word of an unboxed rep as GHC's dump spells the literal: {@code 5#}, {@code 'a'#}, {@code 2.5##}. */
    public static String literal(Rep rep, long word) {
        switch (rep) {
            case WORD: return Long.toUnsignedString(word) + "##";
            case CHAR: return showChar((int) word) + "#";
            case DOUBLE: return showDouble(Double.longBitsToDouble(word)) + "##";
            case FLOAT: return showFloat((float) Double.longBitsToDouble(word)) + "#";
            default: return word + "#";
        }
    }

    /** Haskell's {@code show} of a Char: {@code 'a'}, {@code '\n'}, {@code '\955'}, {@code '\''}. */
    public static String showChar(int c) {
        if (c == '\'') return "'\\''";
        if (c == '"') return "'\"'";
        return "'" + escape(c) + "'";
    }

    /** Haskell's {@code show} of a String of bytes; {@code \&} separates an escape from a following digit. */
    public static String showString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String e = c == '"' ? "\\\"" : escape(c);
            out.append(e);
            boolean numeric = e.length() > 1 && Character.isDigit(e.charAt(e.length() - 1));
            if (numeric && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) out.append("\\&");
            if (e.equals("\\SO") && i + 1 < text.length() && text.charAt(i + 1) == 'H') out.append("\\&");
        }
        return out.append('"').toString();
    }

    private static String escape(int c) {
        if (c == '\\') return "\\\\";
        if (c == 127) return "\\DEL";
        if (c < 32) return "\\" + ASCII_NAMES[c];
        if (c > 127) return "\\" + c;
        return String.valueOf((char) c);
    }

    /** Haskell's {@code show} for Double: the shortest digits that read back, exponent form below 0.1 or from 10^7. */
    public static String showDouble(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "Infinity" : "-Infinity";
        if (x < 0 || (x == 0 && 1 / x < 0)) return "-" + showDouble(-x);
        if (x == 0) return "0.0";
        for (int n = 1; ; n++) {
            BigDecimal d = new BigDecimal(x).round(new MathContext(n, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(d.toString()) == x) return format(d);
        }
    }

    /** Haskell's {@code show} for Float: as {@link #showDouble}, with float precision. */
    public static String showFloat(float x) {
        if (Float.isNaN(x)) return "NaN";
        if (Float.isInfinite(x)) return x > 0 ? "Infinity" : "-Infinity";
        if (x < 0 || (x == 0 && 1 / x < 0)) return "-" + showFloat(-x);
        if (x == 0) return "0.0";
        for (int n = 1; ; n++) {
            BigDecimal d = new BigDecimal(x).round(new MathContext(n, RoundingMode.HALF_EVEN));
            if (Float.parseFloat(d.toString()) == x) return format(d);
        }
    }

    /** GHC's FFGeneric: {@code 0.d1d2... x 10^e} in fixed notation when {@code 0 <= e <= 7}, else exponent form. */
    private static String format(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        int e = stripped.precision() - stripped.scale();
        if (e < 0 || e > 7) {
            String tail = digits.length() == 1 ? "0" : digits.substring(1);
            return digits.charAt(0) + "." + tail + "e" + (e - 1);
        }
        if (e == 0) return "0." + digits;
        if (digits.length() <= e) return digits + "0".repeat(e - digits.length()) + ".0";
        return digits.substring(0, e) + "." + digits.substring(e);
    }
}
