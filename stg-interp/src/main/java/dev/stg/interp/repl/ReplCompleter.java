package dev.stg.interp.repl;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;

/** Tab completion for JLine, from the session's {@link ReplSession#completions}. */
final class ReplCompleter implements Completer {

    private final ReplSession session;

    ReplCompleter(ReplSession session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, line.wordIndex());
        String word = line.word().substring(0, line.wordCursor());
        for (String candidate : session.completions(before, word)) {
            // Folders go on completing: no space after them.
            candidates.add(new Candidate(candidate, candidate, null, null, null, null, !candidate.endsWith("/")));
        }
    }
}
