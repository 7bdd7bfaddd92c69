package dev.stg.interp.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * Splits lines into words for completion and, when Enter is pressed on an input that is not
 * whole yet (an open bracket, a trailing {@code ->}), asks JLine for another line by throwing
 * {@link EOFError}. Backslashes and quotes are STG syntax here, not escapes or quoting.
 */
final class StgLineParser implements Parser {

    private final DefaultParser words = new DefaultParser().quoteChars(new char[0]).escapeChars(new char[0]);

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !ReplSession.isComplete(line)) {
            throw new EOFError(-1, cursor, "incomplete input");
        }
        return words.parse(line, cursor, context);
    }
}
