package dev.stg.core.parse;

import dev.stg.core.diag.Diagnostics;
import dev.stg.core.syntax.SourceFile;

import java.util.ArrayList;
import java.util.List;

/** What both dialects' lexers share: the input, the diagnostics, and the token loop. */
abstract class LexerBase {

    protected final CharCursor in;
    protected final Diagnostics diags;
    protected final List<Token> tokens = new ArrayList<>();

    protected LexerBase(SourceFile source, Diagnostics diags) {
        this.in = new CharCursor(source);
        this.diags = diags;
    }

    /** All tokens of the file, ending with one {@link TokenKind#EOF}. */
    protected final List<Token> run() {
        while (true) {
            skipSpaceAndComments();
            CharCursor.Mark start = in.mark();
            if (in.atEnd()) {
                tokens.add(new Token(TokenKind.EOF, "", null, in.spanFrom(start)));
                return tokens;
            }
            lexToken(start);
        }
    }

    protected abstract void skipSpaceAndComments();

    /** Reads one token (or reports a diagnostic and skips) starting at {@code start}. */
    protected abstract void lexToken(CharCursor.Mark start);
}
