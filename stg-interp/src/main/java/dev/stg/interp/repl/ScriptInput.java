package dev.stg.interp.repl;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * A REPL session fed a script ({@code ... | stg repl}): lines are read without JLine. A line
 * ending inside an open bracket (or after {@code ->}, {@code in}, ...) continues on the next
 * one, but a {@code :} command or the end of input ends a pending continuation, which is then
 * reported as an error instead of swallowing the rest of the script. {@code :{} ...
 * {@code :}} groups lines as in GHCi. Lines longer than {@link #MAX_LINE} characters are
 * skipped with a message, so a huge line costs neither the session nor its memory.
 */
public final class ScriptInput {

    /** The longest line a script may have: 1 MiB of text, far beyond any hand-written input. */
    static final int MAX_LINE = 1 << 20;

    private final Reader in;
    private final ReplSession session;
    private int lineNumber;

    private ScriptInput(Reader in, ReplSession session) {
        this.in = in;
        this.session = session;
    }

    /** Feeds every input of {@code in} to {@code session}, until the end of input or {@code :quit}. */
    public static void run(Reader in, ReplSession session) throws IOException {
        new ScriptInput(in, session).run();
    }

    private void run() throws IOException {
        StringBuilder pending = null;
        int pendingStart = 0;
        String line;
        while ((line = readLine()) != null) {
            if (pending != null && endsContinuation(pending, line)) {
                session.reportIncomplete(pending.toString(), pendingStart, "the command on line " + lineNumber);
                pending = null;
            }
            if (pending == null) {
                pending = new StringBuilder(line);
                pendingStart = lineNumber;
            } else {
                pending.append('\n').append(line);
            }
            if (ReplSession.isComplete(pending.toString())) {
                String input = pending.toString();
                pending = null;
                if (!session.handle(input)) return;
            }
        }
        if (pending != null) session.reportIncomplete(pending.toString(), pendingStart, "the end of input");
    }

    /** A {@code :} command ends a pending continuation, except {@code :}} closing a {@code :{} group. */
    private static boolean endsContinuation(StringBuilder pending, String line) {
        String command = line.strip();
        if (!command.startsWith(":")) return false;
        return !(pending.toString().strip().startsWith(":{") && command.equals(":}"));
    }

    /** What the REPL says of a line longer than {@link #MAX_LINE}, {@code where} naming it. */
    static String tooLong(String where, long length) {
        return String.format(Locale.ROOT, "%s: %,d characters, longer than the %,d a REPL line may have; skipped",
                where, length, MAX_LINE);
    }

    /** The next line without its terminator, or null at the end; an overlong line is skipped with a message. */
    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        long length = 0;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (length++ < MAX_LINE) line.append((char) c);
        }
        if (c == -1 && length == 0) return null;
        lineNumber++;
        if (length > MAX_LINE) {
            session.reportSkipped(tooLong("line " + lineNumber, length));
            return "";
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') line.setLength(end - 1);
        return line.toString();
    }
}
