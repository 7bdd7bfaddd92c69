package dev.stg.interp.repl;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The REPL on a terminal: line editing, history in a file, tab completion, multi-line input and
 * Ctrl-C, by JLine. When standard input is not a terminal ({@code ... | stg repl}) it reads
 * the lines through a dumb terminal without prompts, history or echo, so scripts print only
 * their results; errors then go to standard error.
 */
public final class TerminalRepl {

    private TerminalRepl() {
    }

    /** Runs a session until {@code :quit} or end of input, after loading {@code files}. */
    public static void run(List<Path> files, Path historyFile) throws IOException {
        boolean interactive = System.console() != null;
        try (Terminal terminal = interactive ? TerminalBuilder.builder().system(true).build()
                : dumbTerminal(System.in, System.out)) {
            PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            ReplSession session = new ReplSession(out, interactive ? out : System.err);
            LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal).appName("stg")
                    .parser(new StgLineParser()).completer(new ReplCompleter(session))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, ReplSession.CONTINUATION_PROMPT)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
            if (interactive) builder.variable(LineReader.HISTORY_FILE, historyFile);
            LineReader reader = builder.build();
            if (interactive) {
                terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
                out.println("stg REPL: :help lists the commands, :quit leaves");
            }
            if (!files.isEmpty()) session.load(files);
            loop(reader, session, interactive);
            if (interactive) reader.getHistory().save();
        }
    }

    private static Terminal dumbTerminal(InputStream in, OutputStream out) throws IOException {
        return new DumbTerminal("stg", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
    }

    private static void loop(LineReader reader, ReplSession session, boolean interactive) {
        while (true) {
            String line;
            try {
                line = reader.readLine(interactive ? session.prompt() : "");
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            if (!session.handle(line)) return;
        }
    }
}
