package dev.stg.core.parse;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.PrimOp;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;

import java.util.List;
import java.util.Map;

/**
 * Splits native-dialect text into tokens. Lexical errors become diagnostics and the lexer
 * goes on, so the parser still sees the rest of the file.
 */
final class Lexer extends LexerBase {

    private static final Map<String, TokenKind> RESERVED = Map.of(
            "let", TokenKind.LET, "letrec", TokenKind.LETREC, "in", TokenKind.IN,
            "join", TokenKind.JOIN, "joinrec", TokenKind.JOINREC,
            "case", TokenKind.CASE, "of", TokenKind.OF, "default", TokenKind.DEFAULT);

    /** Longest first, so {@code ==#} is not read as {@code =} then {@code =#}. */
    private static final List<String> SYMBOLS = List.of(
            "==#", "/=#", "<=#", ">=#", "+#", "-#", "*#", "/#", "%#", "<#", ">#",
            "->", "=>", "=", ";", "\\", "(", ")", "{", "}");

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
            lexLiteral(start);
        } else if (CharClass.varStart(c)) {
            lexVariable(start);
        } else if (CharClass.conStart(c)) {
            while (CharClass.identPart(in.peek())) in.advance();
            if (in.peek() == '#') in.advance();
            add(TokenKind.CON, start);
        } else {
            lexSymbol(start);
        }
    }

    private void lexLiteral(CharCursor.Mark start) {
        if (in.peek() == '-') in.advance();
        while (CharClass.digit(in.peek())) in.advance();
        String digits = in.textFrom(start);
        if (in.peek() == '#') {
            in.advance();
        } else {
            diags.error(in.spanFrom(start), "literal '" + digits + "' lacks its '#'",
                    "an Int# literal such as " + digits + "#");
        }
        tokens.add(new Token(TokenKind.INT, in.textFrom(start), literalValue(digits, in.spanFrom(start)),
                in.spanFrom(start)));
    }

    private long literalValue(String digits, Span span) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException outOfRange) {
            diags.error(span, "literal " + digits + "# is out of range",
                    "a 64-bit integer from -9223372036854775808# to 9223372036854775807#");
            return 0;
        }
    }

    /** {@code negate#} and {@code error#} look like a variable followed by {@code #}. */
    private void lexVariable(CharCursor.Mark start) {
        while (CharClass.identPart(in.peek())) in.advance();
        String name = in.textFrom(start);
        if (in.peek() == '#' && PrimOp.bySymbol(name + "#").isPresent()) {
            in.advance();
            add(TokenKind.PRIMOP, start);
            return;
        }
        add(RESERVED.getOrDefault(name, TokenKind.VAR), start);
    }

    private void lexSymbol(CharCursor.Mark start) {
        if (in.startsWith("(#") && lexUnboxedTuple(start)) return;
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
                "a name, a literal such as 1#, a primitive operation such as +#, or one of = ; \\ -> => ( ) { }");
    }

    /** {@code (##)}, {@code (#,#)}, {@code (#,,#)}...: unboxed tuple constructors, spelled as GHC does. */
    private boolean lexUnboxedTuple(CharCursor.Mark start) {
        int i = 2;
        while (in.peek(i) == ',') i++;
        if (in.peek(i) != '#' || in.peek(i + 1) != ')') return false;
        in.advance(i + 2);
        add(TokenKind.CON, start);
        return true;
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
            default: return TokenKind.RBRACE;
        }
    }

    private void add(TokenKind kind, CharCursor.Mark start) {
        tokens.add(new Token(kind, in.textFrom(start), 0, in.spanFrom(start)));
    }
}
