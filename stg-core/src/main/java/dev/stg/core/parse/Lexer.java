package dev.stg.core.parse;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.print.Spelling;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Splits native-dialect text into tokens. Lexical errors become diagnostics and the lexer
 * goes on, so the parser still sees the rest of the file.
 */
final class Lexer extends LexerBase {

    private static final Map<String, TokenKind> RESERVED = Map.ofEntries(
            Map.entry("let", TokenKind.LET), Map.entry("letrec", TokenKind.LETREC), Map.entry("in", TokenKind.IN),
            Map.entry("join", TokenKind.JOIN), Map.entry("joinrec", TokenKind.JOINREC),
            Map.entry("case", TokenKind.CASE), Map.entry("of", TokenKind.OF), Map.entry("default", TokenKind.DEFAULT),
            Map.entry("ccall", TokenKind.CCALL), Map.entry("data", TokenKind.DATA));

    /** Longest first, so {@code ==#} is not read as {@code =} then {@code =#}. */
    private static final List<String> SYMBOLS = List.of(
            "**##", "==##", "/=##", "<=##", ">=##", "+##", "-##", "*##", "/##", "<##", ">##",
            "==#", "/=#", "<=#", ">=#", "+#", "-#", "*#", "/#", "%#", "<#", ">#",
            "->", "=>", "=", ";", "\\", "(", ")", "{", "}", "|", "*");

    private Lexer(SourceFile source, Diagnostics diags) {
        super(source, diags);
    }

    /** All tokens of the file, ending with one {@link TokenKind#EOF}. */
    static List<Token> tokenize(SourceFile source, Diagnostics diags) {
        return new Lexer(source, diags).run();
    }

    @Override
    protected void skipSpaceAndComments() {
        while (!in.atEnd()) {
            if (Character.isWhitespace(in.peek())) {
                in.advance();
            } else if (in.startsWith("--")) {
                while (!in.atEnd() && in.peek() != '\n') in.advance();
            } else if (in.startsWith("{-")) {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    /** Block comments do not nest, as in stgi: the first {@code -}} ends the comment. */
    private void skipBlockComment() {
        CharCursor.Mark start = in.mark();
        in.advance(2);
        Span opener = in.spanFrom(start);
        while (!in.atEnd() && !in.startsWith("-}")) in.advance();
        if (in.atEnd()) {
            diags.error(opener, "unterminated block comment", "'-}' closing the comment opened here");
            return;
        }
        in.advance(2);
    }

    @Override
    protected void lexToken(CharCursor.Mark start) {
        char c = in.peek();
        if (CharClass.digit(c) || (c == '-' && CharClass.digit(in.peek(1)))) {
            lexNumber(start);
        } else if (c == '\'') {
            lexChar(start);
        } else if (c == '"') {
            lexString(start);
        } else if (c == '`') {
            lexQuotedName(start);
        } else if (Spelling.nameStart(c)) {
            lexName(start);
        } else if (!lexSpecialConstructor(start)) {
            lexSymbol(start);
        }
    }

    /** {@code 5#} Int#, {@code 5##} Word#, {@code 2.5#} Float#, {@code 2.5##} Double#: a point or exponent makes it fractional. */
    private void lexNumber(CharCursor.Mark start) {
        if (in.peek() == '-') in.advance();
        while (CharClass.digit(in.peek())) in.advance();
        boolean fractional = false;
        if (in.peek() == '.' && CharClass.digit(in.peek(1))) {
            fractional = true;
            in.advance();
            while (CharClass.digit(in.peek())) in.advance();
        }
        if ((in.peek() == 'e' || in.peek() == 'E') && (CharClass.digit(in.peek(1))
                || ((in.peek(1) == '-' || in.peek(1) == '+') && CharClass.digit(in.peek(2))))) {
            fractional = true;
            in.advance(2);
            while (CharClass.digit(in.peek())) in.advance();
        }
        String number = in.textFrom(start);
        int hashes = 0;
        while (hashes < 2 && in.peek() == '#') {
            in.advance();
            hashes++;
        }
        Span span = in.spanFrom(start);
        if (hashes == 0) {
            diags.error(span, "literal '" + number + "' lacks its '#'",
                    "an Int# literal such as " + number + "#");
        }
        Lit lit;
        if (fractional) {
            double value = Double.parseDouble(number);
            lit = hashes == 2 ? Lit.doubleLit(value, span) : Lit.floatLit((float) value, span);
        } else {
            lit = hashes == 2 ? wordLiteral(number, span) : intLiteral(number, span);
        }
        tokens.add(new Token(TokenKind.INT, in.textFrom(start), lit, span));
    }

    private Lit intLiteral(String digits, Span span) {
        try {
            return new Lit(Long.parseLong(digits), span);
        } catch (NumberFormatException outOfRange) {
            diags.error(span, "literal " + digits + "# is out of range",
                    "a 64-bit integer from -9223372036854775808# to 9223372036854775807#");
            return new Lit(0, span);
        }
    }

    private Lit wordLiteral(String digits, Span span) {
        BigInteger value = new BigInteger(digits);
        if (value.signum() < 0 || value.bitLength() > 64) {
            diags.error(span, "literal " + digits + "## is out of range", "a Word# from 0## to 18446744073709551615##");
            return Lit.word(0, span);
        }
        return Lit.word(value.longValue(), span);
    }

    /** {@code 'a'#}, {@code '\n'#}, {@code '\955'#}: a Unicode code point. */
    private void lexChar(CharCursor.Mark start) {
        in.advance();
        int c = in.peek() == '\\' ? escape() : in.atEnd() || in.peek() == '\n' ? -1 : codePoint();
        boolean closed = in.peek() == '\'' && in.peek(1) == '#';
        if (closed) in.advance(2);
        Span span = in.spanFrom(start);
        if (!closed) {
            diags.error(span, "malformed character literal", "a Char# literal such as 'a'# or '\\n'#");
        } else if (c > Character.MAX_CODE_POINT) {
            diags.error(span, "character literal beyond Unicode: code point " + c,
                    "a code point from 0 to 1114111 (0x10FFFF)");
        }
        tokens.add(new Token(TokenKind.INT, in.textFrom(start),
                Lit.character(c < 0 || c > Character.MAX_CODE_POINT ? 0 : c, span), span));
    }

    /** {@code "text"#}: an Addr# literal, one byte per character. */
    private void lexString(CharCursor.Mark start) {
        in.advance();
        StringBuilder bytes = new StringBuilder();
        boolean tooBig = false;
        while (!in.atEnd() && in.peek() != '"' && in.peek() != '\n') {
            int c;
            if (in.startsWith("\\&")) {
                in.advance(2);
                continue;
            }
            c = in.peek() == '\\' ? escape() : codePoint();
            if (c > 255) tooBig = true;
            bytes.append((char) (c & 0xFF));
        }
        boolean closed = in.peek() == '"' && in.peek(1) == '#';
        if (closed) in.advance(2);
        Span span = in.spanFrom(start);
        if (!closed) {
            diags.error(span, "malformed string literal", "an Addr# literal such as \"text\"# on one line");
        } else if (tooBig) {
            diags.error(span, "string literal holds a character beyond one byte",
                    "characters 0-255 only, one byte each (\\200 for the byte 200)");
        }
        tokens.add(new Token(TokenKind.INT, in.textFrom(start), Lit.addr(bytes.toString(), span), span));
    }

    private int codePoint() {
        int c = Character.codePointAt(in.peekRest(), 0);
        in.advance(Character.charCount(c));
        return c;
    }

    /** A Haskell escape after the backslash: {@code \n}, {@code \955}, {@code \x3BB}, {@code \o17}, {@code \^A}, {@code \NUL}; -1 if malformed (reported). */
    private int escape() {
        CharCursor.Mark start = in.mark();
        in.advance();
        char c = in.peek();
        int simple = "abfnrtv\\\"'".indexOf(c);
        if (simple >= 0) {
            in.advance();
            return "\u0007\b\f\n\r\t\u000B\\\"'".charAt(simple);
        }
        if (CharClass.digit(c) || c == 'x' || c == 'o') {
            int radix = c == 'x' ? 16 : c == 'o' ? 8 : 10;
            if (radix != 10) in.advance();
            CharCursor.Mark digitsStart = in.mark();
            while (Character.digit(in.peek(), radix) >= 0) in.advance();
            String digits = in.textFrom(digitsStart);
            if (!digits.isEmpty()) {
                BigInteger value = new BigInteger(digits, radix);
                return value.bitLength() > 31 ? Integer.MAX_VALUE : value.intValue();
            }
        } else if (c == '^' && in.peek(1) >= '@' && in.peek(1) <= '_') {
            in.advance(2);
            return in.textFrom(start).charAt(2) - '@';
        } else {
            int best = -1;
            for (int code = 0; code <= 32; code++) {
                String name = code == 32 ? "DEL" : Spelling.asciiName(code);
                boolean longer = best < 0 || name.length() > asciiName(best).length();
                if (name.length() > 1 && in.startsWith(name) && longer) best = code;
            }
            if (best >= 0) {
                in.advance(asciiName(best).length());
                return best == 32 ? 127 : best;
            }
        }
        if (!in.atEnd() && in.peek() != '\n' && in.textFrom(start).length() == 1) in.advance();
        diags.error(in.spanFrom(start), "malformed escape '" + in.textFrom(start) + "'",
                "a Haskell escape: \\n \\t \\\\ \\' \\\" \\955 \\x3BB \\o17 \\^A \\NUL ... \\DEL");
        return -1;
    }

    private static String asciiName(int code) {
        return code == 32 ? "DEL" : Spelling.asciiName(code);
    }

    /**
     * A name as GHC spells it ({@code $wgo}, {@code sat_s34R}, {@code GHC.Types.I#}); a name
     * that is a primop's symbol ({@code quotInt#}) is that primop.
     */
    private void lexName(CharCursor.Mark start) {
        while (Spelling.namePart(in.peek()) && !(in.peek() == '.' && !Spelling.namePart(in.peek(1)))) in.advance();
        String name = in.textFrom(start);
        if (PrimOp.bySymbol(name).filter(op -> !op.isForeignCall()).isPresent()) {
            add(TokenKind.PRIMOP, start);
        } else if (RESERVED.containsKey(name)) {
            add(RESERVED.get(name), start);
        } else {
            add(Spelling.isConstructor(name) ? TokenKind.CON : TokenKind.VAR, start);
        }
    }

    /** {@code `StateMonad.>>=`}: any name; a variable or constructor by the same rule as a plain name. */
    private void lexQuotedName(CharCursor.Mark start) {
        in.advance();
        CharCursor.Mark nameStart = in.mark();
        while (!in.atEnd() && in.peek() != '`' && in.peek() != '\n') in.advance();
        String name = in.textFrom(nameStart);
        if (in.peek() != '`' || name.isEmpty()) {
            diags.error(in.spanFrom(start), "malformed quoted name", "a name in backquotes on one line, such as `StateMonad.>>=`");
        } else {
            in.advance();
        }
        tokens.add(new Token(Spelling.isConstructor(name) ? TokenKind.CON : TokenKind.VAR, name, null, in.spanFrom(start)));
    }

    /** {@code []}, {@code ()}, {@code (,)}, {@code (##)}, {@code (#,#)}, {@code :} (after a backslash, {@code ()} is an empty free-variable list). */
    private boolean lexSpecialConstructor(CharCursor.Mark start) {
        int length = 0;
        if (in.startsWith("[]")) {
            length = 2;
        } else if (in.peek() == ':') {
            length = 1;
        } else if (in.peek() == '(') {
            boolean hash = in.peek(1) == '#';
            int i = hash ? 2 : 1;
            while (in.peek(i) == ',') i++;
            if (hash && in.peek(i) == '#' && in.peek(i + 1) == ')') length = i + 2;
            else if (!hash && in.peek(i) == ')') length = i + 1;
        }
        if (length == 0) return false;
        in.advance(length);
        add(TokenKind.CON, start);
        return true;
    }

    private void lexSymbol(CharCursor.Mark start) {
        for (String symbol : SYMBOLS) {
            if (in.startsWith(symbol)) {
                in.advance(symbol.length());
                add(symbol.endsWith("#") ? TokenKind.PRIMOP : punctuation(symbol), start);
                return;
            }
        }
        int width = Character.isHighSurrogate(in.peek()) && Character.isLowSurrogate(in.peek(1)) ? 2 : 1;
        in.advance(width);
        diags.error(in.spanFrom(start), "unexpected character '" + in.textFrom(start) + "'",
                "a name, a literal such as 1#, a primitive operation such as +#, or one of = ; \\ -> => ( ) { } | *");
    }

    private static TokenKind punctuation(String symbol) {
        switch (symbol) {
            case "->": return TokenKind.ARROW;
            case "=>": return TokenKind.FAT_ARROW;
            case "=": return TokenKind.EQUALS;
            case ";": return TokenKind.SEMI;
            case "\\": return TokenKind.BACKSLASH;
            case "(": return TokenKind.LPAREN;
            case ")": return TokenKind.RPAREN;
            case "{": return TokenKind.LBRACE;
            case "|": return TokenKind.BAR;
            case "*": return TokenKind.STAR;
            default: return TokenKind.RBRACE;
        }
    }

    private void add(TokenKind kind, CharCursor.Mark start) {
        tokens.add(new Token(kind, in.textFrom(start), null, in.spanFrom(start)));
    }
}
