package dev.stg.interp.repl;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The REPL on a terminal: line editing, history in a file, tab completion, multi-line input and
 * Ctrl-C, by JLine. When standard input is not a terminal ({@code ... | stg repl}) the lines
 * are read by {@link ScriptInput}, without prompts, history or echo, so scripts print only
 * their results; errors then go to standard error.
 */
public final class TerminalRepl {

    private TerminalRepl() {
    }

    /** Runs a session until {@code :quit} or end of input, after loading {@code files}. */
    public static void run(List<Path> files, Path historyFile) throws IOException {
        if (System.console() == null) {
            script(files);
            return;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            ReplSession session = new ReplSession(out, out);
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("stg").history(new ShortLines())
                    .parser(new StgLineParser()).completer(new ReplCompleter(session))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, ReplSession.CONTINUATION_PROMPT)
                    .variable(LineReader.HISTORY_FILE, historyFile)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            Widget selfInsert = reader.getWidgets().get(LineReader.SELF_INSERT);
            reader.getWidgets().put(LineReader.SELF_INSERT, () -> selfInsert.apply() && insertTypeahead(reader));
            terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
            out.println("stg REPL: :help lists the commands, :quit leaves");
            if (!files.isEmpty()) session.load(files);
            loop(reader, session);
            reader.getHistory().save();
        }
    }

    /** Piped input: read by {@link ScriptInput}, results on standard output, errors on standard error. */
    private static void script(List<Path> files) throws IOException {
        ReplSession session = new ReplSession(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
        if (!files.isEmpty()) session.load(files);
        ScriptInput.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), session);
    }

    private static void loop(LineReader reader, ReplSession session) {
        while (true) {
            String line;
            try {
                line = reader.readLine(session.prompt());
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            if (line.length() > ScriptInput.MAX_LINE) {
                session.reportSkipped(ScriptInput.tooLong("this line", line.length()));
                continue;
            }
            if (!session.handle(line)) return;
        }
    }

    /**
     * After a typed character, the printable characters already waiting (a paste without
     * bracketed-paste markers) go into the buffer at once. JLine redraws the whole line after
     * every key, so pasting a 1 MiB line one character at a time never ended (minutes for the
     * first few hundred KiB); this way it redraws once per chunk the terminal delivers.
     */
    private static boolean insertTypeahead(LineReader reader) {
        LineReaderImpl impl = (LineReaderImpl) reader;
        int c;
        while ((c = impl.peekCharacter(TYPEAHEAD_WAIT_MS)) >= ' ' && c != DEL) reader.getBuffer().write(impl.readCharacter());
        return true;
    }

    /** How long to wait for the next character of a paste: short enough that typing never notices. */
    private static final long TYPEAHEAD_WAIT_MS = 20;
    private static final int DEL = 127;

    /**
     * History without huge lines (a pasted file, generated input): each would be read by every
     * later start and drawn by Up. 64 KiB is far more than any typed definition.
     */
    private static final class ShortLines extends DefaultHistory {
        private static final int MAX_HISTORY_LINE = 1 << 16;

        @Override
        public void add(Instant time, String line) {
            if (line.length() <= MAX_HISTORY_LINE) super.add(time, line);
        }
    }
}
