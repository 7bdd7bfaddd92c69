package dev.stg.core.parse;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.Lit;
import dev.stg.core.syntax.SourceFile;
import dev.stg.core.syntax.Span;

import java.util.List;
import java.util.Map;

/**
 * Splits bjpop/ministg text into tokens, following its Lexer.hs: {@code #} starts a comment
 * that runs to the end of the line, literals are bare naturals, identifiers are letters, digits
 * and {@code _} (no {@code '}), and a name followed by {@code #} is a primitive only when it is
 * one of ministg's (elsewhere the {@code #} starts a comment, as in ministg).
 */
final class MinistgLexer extends LexerBase {

    private static final Map<String, TokenKind> KEYWORDS = Map.ofEntries(
            Map.entry("let", TokenKind.LET), Map.entry("in", TokenKind.IN),
            Map.entry("case", TokenKind.CASE), Map.entry("of", TokenKind.OF),
            Map.entry("FUN", TokenKind.FUN), Map.entry("CON", TokenKind.CON_OBJECT),
            Map.entry("PAP", TokenKind.PAP), Map.entry("THUNK", TokenKind.THUNK),
            Map.entry("ERROR", TokenKind.ERROR), Map.entry("stack", TokenKind.STACK));

    static final List<String> PRIMITIVES = List.of(
            "plus#", "sub#", "mult#", "eq#", "lt#", "lte#", "gt#", "gte#", "intToBool#");

    private static final Map<String, TokenKind> PUNCTUATION = Map.of(
            "->", TokenKind.ARROW, "=", TokenKind.EQUALS, ";", TokenKind.SEMI, "\\", TokenKind.BACKSLASH,
            "(", TokenKind.LPAREN, ")", TokenKind.RPAREN, "{", TokenKind.LBRACE, "}", TokenKind.RBRACE);

    private MinistgLexer(SourceFile source, Diagnostics diags) {
        super(source, diags);
    }

    static List<Token> tokenize(SourceFile source, Diagnostics diags) {
        return new MinistgLexer(source, diags).run();
    }

    @Override
    protected void skipSpaceAndComments() {
        while (!in.atEnd()) {
            if (Character.isWhitespace(in.peek())) {
                in.advance();
            } else if (in.peek() == '#') {
                while (!in.atEnd() && in.peek() != '\n') in.advance();
            } else {
                return;
            }
        }
    }

    @Override
    protected void lexToken(CharCursor.Mark start) {
        char c = in.peek();
        if (CharClass.digit(c)) {
            lexNatural(start);
        } else if (Character.isLetter(c) || c == '_') {
            lexName(start);
        } else if (c == '"') {
            lexString(start);
        } else {
            lexPunctuation(start);
        }
    }

    private void lexNatural(CharCursor.Mark start) {
        while (CharClass.digit(in.peek())) in.advance();
        String digits = in.textFrom(start);
        long value = 0;
        try {
            value = Long.parseLong(digits);
        } catch (NumberFormatException outOfRange) {
            diags.error(in.spanFrom(start), "literal " + digits + " is out of range",
                    "a 64-bit integer, at most 9223372036854775807");
        }
        tokens.add(new Token(TokenKind.INT, digits, new Lit(value, in.spanFrom(start)), in.spanFrom(start)));
    }

    private void lexName(CharCursor.Mark start) {
        while (Character.isLetterOrDigit(in.peek()) || in.peek() == '_') in.advance();
        String name = in.textFrom(start);
        if (in.peek() == '#' && PRIMITIVES.contains(name + "#")) {
            in.advance();
            add(TokenKind.PRIMOP, start);
        } else if (KEYWORDS.containsKey(name)) {
            add(KEYWORDS.get(name), start);
        } else {
            add(CharClass.conStart(name.charAt(0)) ? TokenKind.CON : TokenKind.VAR, start);
        }
    }

    private void lexString(CharCursor.Mark start) {
        in.advance();
        Span opener = in.spanFrom(start);
        while (!in.atEnd() && in.peek() != '"') in.advance();
        if (in.atEnd()) {
            diags.error(opener, "unterminated string", "'\"' closing the string opened here");
        } else {
            in.advance();
        }
        add(TokenKind.STRING, start);
    }

    private void lexPunctuation(CharCursor.Mark start) {
        boolean surrogatePair = Character.isHighSurrogate(in.peek()) && Character.isLowSurrogate(in.peek(1));
        int length = in.startsWith("->") || surrogatePair ? 2 : 1;
        in.advance(length);
        String symbol = in.textFrom(start);
        TokenKind kind = PUNCTUATION.get(symbol);
        if (kind != null) {
            add(kind, start);
            return;
        }
        diags.error(in.spanFrom(start), "unexpected character '" + symbol + "'",
                "a name, a natural number, a string, or one of = ; -> ( ) { }");
    }

    private void add(TokenKind kind, CharCursor.Mark start) {
        tokens.add(new Token(kind, in.textFrom(start), null, in.spanFrom(start)));
    }
}
