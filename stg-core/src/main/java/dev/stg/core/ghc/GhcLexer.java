package dev.stg.core.ghc;

import dev.stg.core.syntax.Span;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits a dump into tokens on demand. The parser pulls one token at a time because a
 * foreign call's target ({@code main:putchar}) is read raw, right after its keyword.
 */
final class GhcLexer {

    private static final String SYMBOLS = "!#$%&*+./<=>?@\\^|-~:";
    private static final List<String> RESERVED = List.of("=", "->", "::", "=>", ".", "!", "%");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)? UTC");
    private static final Pattern ANNOTATION_START = Pattern.compile("\\[(GblId|LclId|[A-Z][A-Za-z]*=)");
    private static final Map<String, Integer> ASCII_NAMES = asciiNames();

    private final String file;
    private final String text;
    private int offset;
    private int line = 1;
    private int column = 1;
    private GhcToken peeked;
    private Span last;

    GhcLexer(String file, String text) {
        this.file = file;
        this.text = text;
    }

    GhcToken peek() {
        if (peeked == null) peeked = lex();
        return peeked;
    }

    GhcToken next() {
        GhcToken t = peek();
        peeked = null;
        last = t.span();
        return t;
    }

    /** The span of the token {@link #next} returned last. */
    Span lastSpan() {
        return last;
    }

    /** The next run of non-blank characters, unlexed: a foreign call's {@code unit:label}. */
    GhcToken rawWord() {
        if (peeked != null) throw new IllegalStateException("rawWord after peek");
        skipBlanks();
        int startOffset = offset;
        int l = line;
        int c = column;
        while (offset < text.length() && !Character.isWhitespace(text.charAt(offset))) advance();
        GhcToken word = GhcToken.of(GhcToken.Kind.NAME, text.substring(startOffset, offset), span(l, c));
        last = word.span();
        return word;
    }

    private GhcToken lex() {
        skipBlanks();
        int l = line;
        int c = column;
        if (offset >= text.length()) return GhcToken.of(GhcToken.Kind.EOF, "", span(l, c));
        char ch = text.charAt(offset);
        if (column == 1 && text.startsWith("====================", offset)) return header(l, c);
        if (ch == '"') return stringLiteral(l, c);
        if (ch == '\'') return charLiteral(l, c);
        if (Character.isDigit(ch) || ch == '-' && Character.isDigit(peekChar(1))) return number(l, c);
        if (ch == '[' && ANNOTATION_START.matcher(text).region(offset, text.length()).lookingAt()) return annotation(l, c);
        if (ch == '\\' && "rus".indexOf(peekChar(1)) >= 0 && !isNameChar(peekChar(2))) {
            advance(2);
            return GhcToken.of(GhcToken.Kind.LAMBDA, text.substring(offset - 2, offset), span(l, c));
        }
        if (ch == '#' && peekChar(1) == ')') return punct(2, l, c);
        if (ch == '(' || ch == '[') {
            String special = bracketName();
            if (special != null) {
                advance(special.length());
                return name("", special, l, c);
            }
            // "(#" opens an unboxed tuple type; "(##_rP4)" is a program's operator ## in parentheses.
            boolean unboxedOpen = ch == '(' && peekChar(1) == '#' && SYMBOLS.indexOf(peekChar(2)) < 0;
            return punct(unboxedOpen ? 2 : 1, l, c);
        }
        if ("{};,)]".indexOf(ch) >= 0) return punct(1, l, c);
        if (Character.isLetter(ch) || ch == '_' || ch == '$' || SYMBOLS.indexOf(ch) >= 0) return nameOrSymbol(l, c);
        advance();
        throw error(span(l, c), "unexpected character '" + ch + "'", "a token of GHC's STG dump");
    }

    private GhcToken header(int l, int c) {
        int end = text.indexOf('\n', offset);
        if (end < 0) end = text.length();
        String title = text.substring(offset, end).replace("=", "").strip();
        while (offset < end) advance();
        skipBlanks();
        // GHC stamps a dump with the time unless -dsuppress-timestamps; the stamp carries nothing.
        int lineEnd = text.indexOf('\n', offset);
        if (TIMESTAMP.matcher(text.substring(offset, lineEnd < 0 ? text.length() : lineEnd)).matches()) {
            while (offset < text.length() && text.charAt(offset) != '\n') advance();
        }
        return GhcToken.of(GhcToken.Kind.HEADER, title, span(l, c));
    }

    /** {@code ()}, {@code (,)}, {@code (#,#)}, {@code (##)}, {@code []} at the cursor, or null. */
    private String bracketName() {
        if (text.startsWith("[]", offset)) return "[]";
        int i = offset + 1;
        boolean unboxed = peekChar(1) == '#';
        if (unboxed) i++;
        while (i < text.length() && text.charAt(i) == ',') i++;
        String close = unboxed ? "#)" : ")";
        if (!text.startsWith(close, i)) return null;
        return text.substring(offset, i + close.length());
    }

    private GhcToken nameOrSymbol(int l, int c) {
        StringBuilder module = new StringBuilder();
        // GHC's wrapper around a program's main lives in the pseudo-module ':Main'.
        if (text.startsWith(":Main.", offset) && startsName(peekChar(6))) {
            module.append(":Main");
            advance(6);
        }
        // A module qualifier is an upper-case word followed by '.' and the start of a name.
        while (Character.isUpperCase(text.charAt(offset))) {
            int wordEnd = offset;
            while (wordEnd < text.length() && isIdentChar(text.charAt(wordEnd)) && text.charAt(wordEnd) != '#') wordEnd++;
            if (wordEnd < text.length() - 1 && text.charAt(wordEnd) == '.' && startsName(text.charAt(wordEnd + 1))) {
                if (module.length() > 0) module.append('.');
                module.append(text, offset, wordEnd);
                while (offset <= wordEnd) advance();
            } else {
                break;
            }
        }
        int localStart = offset;
        String special = text.charAt(offset) == '(' || text.charAt(offset) == '[' ? bracketName() : null;
        if (special != null) {
            advance(special.length());
            return name(module.toString(), special, l, c);
        }
        char first = text.charAt(offset);
        if (Character.isLetter(first) || first == '_' || first == '$') {
            scanIdentifier();
        } else {
            while (offset < text.length() && SYMBOLS.indexOf(text.charAt(offset)) >= 0) advance();
            String symbol = text.substring(localStart, offset);
            if (module.length() == 0 && RESERVED.contains(symbol)) return GhcToken.of(GhcToken.Kind.PUNCT, symbol, span(l, c));
            if (symbol.equals("\\")) throw error(span(l, c), "unexpected '\\'", "\\r, \\u or \\s before a closure's parameters");
            scanOperatorTail();
        }
        String local = text.substring(localStart, offset);
        if (module.length() == 0 && local.equals("let") && text.startsWith("-no-escape", offset)) {
            advance("-no-escape".length());
            local = "let-no-escape";
        }
        return name(module.toString(), local, l, c);
    }

    /**
     * An identifier: letters, digits, {@code _ ' # $}. GHC's generated names go on with
     * symbols or brackets after a {@code $} prefix or an underscore ({@code $c==},
     * {@code $fShape[]}, {@code result_!!}), and class constructors contain a colon
     * ({@code C:Shape}).
     */
    private void scanIdentifier() {
        int start = offset;
        boolean generated = text.charAt(offset) == '$';
        while (offset < text.length()) {
            char ch = text.charAt(offset);
            boolean afterUnderscore = offset > start && text.charAt(offset - 1) == '_';
            if (isIdentChar(ch)) {
                advance();
            } else if (ch == ':' && Character.isUpperCase(peekChar(1)) && offset == start + 1 && text.charAt(start) == 'C') {
                advance();
            } else if ((generated || afterUnderscore) && SYMBOLS.indexOf(ch) >= 0
                    && (ch != '.' || SYMBOLS.indexOf(peekChar(1)) >= 0)) {
                // A method of an operator class ($fBitsInt_$c.&.); a lone '.' ends a forall.
                while (offset < text.length() && SYMBOLS.indexOf(text.charAt(offset)) >= 0) advance();
                scanOperatorTail();
                return;
            } else if (generated && (ch == '[' || ch == '(') && bracketName() != null) {
                advance(bracketName().length());
            } else {
                return;
            }
        }
    }

    /**
     * After an operator: the digits GHC appends to the names it derives from it (the
     * floated {@code GHC.List.!!1}) and a local operator's unique ({@code <>_s12}).
     */
    private void scanOperatorTail() {
        digits();
        scanUniqueSuffix();
    }

    /** A local operator's unique, {@code <>_s12}. */
    private void scanUniqueSuffix() {
        if (peekChar(0) == '_' && Character.isLetterOrDigit(peekChar(1))) {
            while (offset < text.length() && (Character.isLetterOrDigit(text.charAt(offset)) || text.charAt(offset) == '_')) advance();
        }
    }

    private GhcToken name(String module, String local, int l, int c) {
        Span span = span(l, c);
        String full = module.isEmpty() ? local : module + "." + local;
        return new GhcToken(GhcToken.Kind.NAME, full, span, new GhcName(module, local, span), null, null);
    }

    private GhcToken punct(int length, int l, int c) {
        advance(length);
        return GhcToken.of(GhcToken.Kind.PUNCT, text.substring(offset - length, offset), span(l, c));
    }

    private GhcToken number(int l, int c) {
        int start = offset;
        if (peekChar(0) == '-') advance();
        digits();
        boolean fractional = false;
        if (peekChar(0) == '.' && Character.isDigit(peekChar(1))) {
            advance();
            digits();
            fractional = true;
        }
        if (peekChar(0) == 'e' && (Character.isDigit(peekChar(1)) || peekChar(1) == '-' && Character.isDigit(peekChar(2)))) {
            advance(peekChar(1) == '-' ? 2 : 1);
            digits();
            fractional = true;
        }
        String digits = text.substring(start, offset);
        int hashes = 0;
        while (hashes < 2 && peekChar(0) == '#') {
            advance();
            hashes++;
        }
        Span span = span(l, c);
        String whole = text.substring(start, offset);
        if (isNameChar(peekChar(0))) {
            throw error(span, "malformed literal '" + whole + peekChar(0) + "'", "a literal such as 5#, 5##, 2.5## or 2.5#");
        }
        try {
            GhcLiteral lit;
            if (hashes == 0) {
                if (fractional || digits.startsWith("-")) throw error(span, "malformed number '" + whole + "'", "a literal such as 5#, 5##, 2.5## or 2.5#");
                return GhcToken.of(GhcToken.Kind.NUMBER, whole, span);
            } else if (hashes == 2) {
                lit = fractional ? new GhcLiteral.DoubleLit(Double.parseDouble(digits), span)
                        : new GhcLiteral.WordLit(Long.parseUnsignedLong(digits), span);
            } else {
                lit = fractional ? new GhcLiteral.FloatLit(Float.parseFloat(digits), span)
                        : new GhcLiteral.IntLit(Long.parseLong(digits), span);
            }
            return new GhcToken(GhcToken.Kind.LITERAL, whole, span, null, lit, null);
        } catch (NumberFormatException e) {
            throw error(span, "literal '" + whole + "' does not fit in 64 bits", "an Int# or Word# literal within 64 bits");
        }
    }

    private void digits() {
        while (Character.isDigit(peekChar(0))) advance();
    }

    private GhcToken charLiteral(int l, int c) {
        int start = offset;
        advance();
        int code = escapedChar(l, c, '\'');
        if (peekChar(0) != '\'' || peekChar(1) != '#') {
            throw error(span(l, c), "unterminated character literal", "a Char# literal such as 'a'#");
        }
        advance(2);
        Span span = span(l, c);
        return new GhcToken(GhcToken.Kind.LITERAL, text.substring(start, offset), span, null, new GhcLiteral.CharLit(code, span), null);
    }

    /**
     * An Addr# literal. GHC writes it with Haskell's string escapes and gaps ({@code \}
     * newline {@code \}), after writing each byte above 127 as a decimal escape: so a byte
     * 195 appears as {@code \\195}, decoded here in a second step.
     */
    private GhcToken stringLiteral(int l, int c) {
        int start = offset;
        advance();
        StringBuilder chars = new StringBuilder();
        while (true) {
            if (offset >= text.length() || peekChar(0) == '\n') {
                throw error(span(l, c), "unterminated string literal", "a closing '\"#'");
            }
            char ch = peekChar(0);
            if (ch == '"') break;
            if (ch == '\\' && Character.isWhitespace(peekChar(1))) {
                advance();
                while (offset < text.length() && Character.isWhitespace(peekChar(0))) advance();
                if (peekChar(0) != '\\') throw error(span(line, column), "malformed string gap", "'\\' resuming the string");
                advance();
                continue;
            }
            if (ch == '\\' && peekChar(1) == '&') {
                advance(2);
                continue;
            }
            chars.appendCodePoint(escapedChar(l, c, '"'));
        }
        advance();
        if (peekChar(0) != '#') throw error(span(l, c), "string literal without '#'", "an Addr# literal \"...\"#");
        advance();
        Span span = span(l, c);
        byte[] bytes = decodeBytes(chars.toString(), span);
        return new GhcToken(GhcToken.Kind.LITERAL, text.substring(start, offset), span, null, new GhcLiteral.StringLit(bytes, span), null);
    }

    private byte[] decodeBytes(String chars, Span span) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < chars.length(); i++) {
            char ch = chars.charAt(i);
            if (ch == '\\' && i + 1 < chars.length() && Character.isDigit(chars.charAt(i + 1))) {
                int j = i + 1;
                int value = 0;
                while (j < chars.length() && j < i + 4 && Character.isDigit(chars.charAt(j))) value = value * 10 + chars.charAt(j++) - '0';
                if (value > 255) throw error(span, "byte escape \\" + value + " above 255 in a string literal", "bytes 0 to 255");
                out.write(value);
                i = j - 1;
            } else if (ch > 127) {
                throw error(span, "character above 127 in a string literal", "bytes above 127 written as \\\\DDD, as GHC writes them");
            } else {
                out.write(ch);
            }
        }
        return out.toByteArray();
    }

    /** One character of a Haskell character or string literal, escapes decoded. */
    private int escapedChar(int l, int c, char quote) {
        char ch = peekChar(0);
        if (offset >= text.length() || ch == '\n' || ch == quote && quote == '\'') {
            throw error(span(l, c), "unterminated " + (quote == '\'' ? "character" : "string") + " literal", "a closing " + quote);
        }
        if (ch != '\\') {
            advance();
            return ch;
        }
        advance();
        char e = peekChar(0);
        int simple = "abfnrtv\\\"'".indexOf(e);
        if (simple >= 0) {
            advance();
            return "\u0007\b\f\n\r\t\u000b\\\"'".charAt(simple);
        }
        if (Character.isDigit(e) || e == 'x' || e == 'o') {
            int radix = e == 'x' ? 16 : e == 'o' ? 8 : 10;
            if (radix != 10) advance();
            int start = offset;
            while (Character.digit(peekChar(0), radix) >= 0) advance();
            if (offset == start) throw error(span(line, column), "malformed numeric escape", "digits after \\" + e);
            long value = Long.parseLong(text.substring(start, Math.min(offset, start + 9)), radix);
            if (offset - start > 8 || value > Character.MAX_CODE_POINT) throw error(span(l, c), "character escape out of range", "a code point up to 0x10FFFF");
            return (int) value;
        }
        if (e == '^' && peekChar(1) >= '@' && peekChar(1) <= '_') {
            advance(2);
            return text.charAt(offset - 1) - '@';
        }
        for (int len = 3; len >= 2; len--) {
            if (offset + len <= text.length()) {
                Integer code = ASCII_NAMES.get(text.substring(offset, offset + len));
                if (code != null) {
                    advance(len);
                    return code;
                }
            }
        }
        throw error(span(line, column - 1), "unknown escape '\\" + e + "'", "a Haskell escape such as \\n, \\\\, \\955 or \\DEL");
    }

    private GhcToken annotation(int l, int c) {
        int start = offset;
        int depth = 0;
        List<String> items = new ArrayList<>();
        int itemStart = offset + 1;
        while (true) {
            if (offset >= text.length()) throw error(span(l, c), "unterminated annotation", "']' closing the annotation");
            char ch = peekChar(0);
            if (ch == '[' || ch == '(' || ch == '{') depth++;
            if (ch == ']' || ch == ')' || ch == '}') depth--;
            if (depth == 1 && ch == ',' || depth == 0) {
                items.add(text.substring(itemStart, offset).strip().replaceAll("\\s+", " "));
                itemStart = offset + 1;
            }
            advance();
            if (depth == 0) break;
        }
        Span span = span(l, c);
        return new GhcToken(GhcToken.Kind.ANNOTATION, text.substring(start, offset), span, null, null, new GhcIdInfo(items, span));
    }

    private void skipBlanks() {
        while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) advance();
    }

    private char peekChar(int ahead) {
        int at = offset + ahead;
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void advance() {
        if (text.charAt(offset) == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        offset++;
    }

    private void advance(int n) {
        for (int i = 0; i < n && offset < text.length(); i++) advance();
    }

    private Span span(int l, int c) {
        return new Span(file, l, c, line, column);
    }

    GhcParseError error(Span span, String message, String expected) {
        return new GhcParseError(span, message, expected);
    }

    private static boolean isIdentChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_' || ch == '\'' || ch == '#' || ch == '$';
    }

    private static boolean isNameChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_';
    }

    private static boolean startsName(char ch) {
        return Character.isLetter(ch) || ch == '_' || ch == '$' || ch == '(' || ch == '[' || SYMBOLS.indexOf(ch) >= 0;
    }

    private static Map<String, Integer> asciiNames() {
        String[] names = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
            "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS",
            "RS", "US", "SP"};
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) map.put(names[i], i == 32 ? 32 : i);
        map.put("DEL", 127);
        return Map.copyOf(map);
    }
}
